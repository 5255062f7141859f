import type { IncomingMessage } from 'node:http';
import type { FieldError } from '../../../src/core/index.js';
import type { ApiKey } from './auth.js';

/** The HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: `open` needs no key, `public` a publishable (or admin) key bound to the
 * caller's origin, `admin` an admin key from an admin origin.
 */
export type Audience = 'open' | 'public' | 'admin';

/** What a handler sees of one request. */
export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  /** Decoded path parameters, e.g. `{ expertId: 'exp_istanbul' }`. */
  params: Readonly<Record<string, string>>;
  requestId: string;
  /** The authenticated key; `null` on open routes. */
  apiKey: ApiKey | null;
  /** The largest body this route reads, in bytes: its own limit, capped by the server's. */
  maxBodyBytes: number;
  /**
   * The parsed JSON body, already checked against the operation's schema in openapi.yaml (and the
   * route's {@link Route.requestRules}); `undefined` when the operation takes none or none was sent.
   */
  body: unknown;
}

/** What a handler answers: a status, an optional JSON body and extra headers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** When set, `body` is a string sent as is with this `Content-Type` instead of JSON (e.g. an HTML page). */
  contentType?: string;
}

/** Handles one request of a route. */
export type Handler = (ctx: RequestContext) => Promise<Reply>;

/** One route: a method on a path pattern with `:name` parameters. */
export interface Route {
  method: Method;
  /** E.g. `/v1/experts/:expertId/packages`. */
  path: string;
  audience: Audience;
  handler: Handler;
  /** The largest JSON body the route accepts, in bytes; default {@link DEFAULT_ROUTE_BODY_BYTES}. */
  maxBodyBytes?: number;
  /**
   * Domain rules of the request that hold for any input (e.g. a package's rule table from core,
   * shared with the admin SDK's forms; an opaque cursor's content), run beside the spec's checks:
   * for a field both name, the domain's error is the one answered.
   */
  requestRules?: (ctx: RequestContext) => Promise<FieldError[]> | FieldError[];
}

/** `/v1/experts/:expertId` as openapi.yaml writes it: `/v1/experts/{expertId}`. */
export function specPathOf(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The body limit of a route that sets none: room for any small JSON request. */
export const DEFAULT_ROUTE_BODY_BYTES = 16 * 1024;

/** A path matched by the router: every method it supports and the path parameters. */
export interface PathMatch {
  audience: Audience;
  routes: ReadonlyMap<Method, Route>;
  params: Record<string, string>;
}

interface CompiledPath {
  segments: string[];
  audience: Audience;
  routes: Map<Method, Route>;
}

/** Finds the routes of a request path. */
export interface Router {
  /** The routes registered on `pathname`, or `null` when no route has that path. */
  match(pathname: string): PathMatch | null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Builds a router from routes; routes sharing a path must share an audience. */
export function createRouter(routes: readonly Route[]): Router {
  const paths: CompiledPath[] = [];
  for (const route of routes) {
    const segments = route.path.split('/').slice(1);
    let compiled = paths.find((path) => path.segments.join('/') === segments.join('/'));
    if (!compiled) {
      compiled = { segments, audience: route.audience, routes: new Map() };
      paths.push(compiled);
    }
    if (compiled.audience !== route.audience) throw new Error(`Routes on ${route.path} disagree on their audience.`);
    if (compiled.routes.has(route.method)) throw new Error(`Duplicate route ${route.method} ${route.path}.`);
    compiled.routes.set(route.method, route);
  }

  return {
    match(pathname) {
      const parts = pathname.split('/').slice(1);
      for (const path of paths) {
        if (path.segments.length !== parts.length) continue;
        const params: Record<string, string> = {};
        let matched = true;
        for (let i = 0; i < parts.length && matched; i++) {
          const pattern = path.segments[i] as string;
          const part = parts[i] as string;
          if (pattern.startsWith(':')) {
            const value = decodeSegment(part);
            if (value === null || value === '') matched = false;
            else params[pattern.slice(1)] = value;
          } else if (pattern !== part) {
            matched = false;
          }
        }
        if (matched) return { audience: path.audience, routes: path.routes, params };
      }
      return null;
    },
  };
}
