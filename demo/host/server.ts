/**
 * The demo host site: a plain page on its own origin that embeds the widget with one script tag,
 * served under a strict Content-Security-Policy (no inline script or style, connections only to
 * itself and the tenant API), as a site owner's page would be.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export interface HostSiteOptions {
  /** Interface to bind; loopback by default. */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** The tenant API's base URL that the embedded widget talks to. */
  apiUrl: string;
  /** The publishable key the page embeds. */
  publishableKey: string;
  /** Folder holding the CDN build (apptkit.js and its chunks). */
  cdnDir?: string;
}

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const publicDir = join(here, 'public');
const defaultCdnDir = join(here, '..', '..', 'dist', 'cdn');
// The demo admin dashboard: its page and styles from demo/admin, its script from the rollup bundle.
const adminDir = join(here, '..', 'admin');
const adminBundleDir = join(here, '..', '..', 'dist', 'demo', 'admin');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Escapes a value for an HTML attribute: the page template only ever puts values in attributes. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Resolves `relative` inside `root`, or `null` when it would escape it. */
function safeJoin(root: string, relative: string): string | null {
  const path = normalize(join(root, decodeURIComponent(relative)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

function contentSecurityPolicy(apiUrl: string): string {
  const apiOrigin = new URL(apiUrl).origin;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function startHostSite(options: HostSiteOptions): Promise<RunningSite> {
  const cdnDir = options.cdnDir ?? defaultCdnDir;
  const csp = contentSecurityPolicy(options.apiUrl);
  const values: Record<string, string> = { API_URL: options.apiUrl, PUBLISHABLE_KEY: options.publishableKey };

  async function sendFile(res: ServerResponse, path: string, template: boolean): Promise<void> {
    let body: string | Buffer = await readFile(path);
    if (template) {
      body = body.toString('utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeAttribute(values[name] ?? ''));
    }
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  }

  /** The folder, relative path and templating of a URL path; `null` for what the site never serves. */
  function locate(pathname: string): [root: string, relative: string, template: boolean] | null {
    if (pathname.startsWith('/apptkit/')) return [cdnDir, pathname.slice('/apptkit/'.length), false];
    if (pathname.startsWith('/admin/')) {
      const file = pathname === '/admin/' ? 'index.html' : pathname.slice('/admin/'.length);
      if (/^dashboard\.js(\.map)?$/.test(file)) return [adminBundleDir, file, false];
      if (/^[\w-]+\.(html|css)$/.test(file)) return [adminDir, file, file.endsWith('.html')];
      return null;
    }
    return [publicDir, pathname === '/' ? 'index.html' : pathname.slice(1), pathname === '/' || pathname.endsWith('.html')];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://host.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/admin') {
      res.writeHead(308, { Location: '/admin/' }).end();
      return;
    }
    const target = locate(pathname);
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const [root, relative, template] = target;
    const path = safeJoin(root, relative);
    if (!path) {
      res.writeHead(400).end();
      return;
    }
    try {
      await sendFile(res, path, template);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
