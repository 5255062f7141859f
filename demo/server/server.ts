import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveConfig, type ServerConfig, type ServerOptions } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { newRequestId } from './db/ids.js';
import { migrate } from './db/migrate.js';
import { createAuthenticator, syncConfiguredKeys, type ApiKey, type Authenticator } from './http/auth.js';
import { isOriginAllowed, normalizeOrigin, setCorsHeaders, setPreflightHeaders } from './http/cors.js';
import { declaresTooLarge, payloadTooLarge } from './http/body.js';
import { answerUnparsedRequest, refuseConnect } from './http/client-error.js';
import { bindRequestChecks, readCheckedRequest } from './http/checked-request.js';
import { HttpProblem, notFound, validationProblem } from './http/problem.js';
import { createRateLimiter, type RateLimiter } from './http/rate-limit.js';
import { createRouter, DEFAULT_ROUTE_BODY_BYTES, type Audience, type Method, type Reply, type Route, type Router } from './http/router.js';
import { screenUrl } from './http/screen.js';
import { openApiRequestChecks, type OperationChecks } from './http/validate-request.js';
import { allRoutes } from './routes/index.js';
import type { JobTickResult } from './jobs/runner.js';
import { serverJobRunner } from './jobs/server-jobs.js';
import { seedDemoAvailability, seedDemoTenant } from './seed.js';

export type { Logger, ServerOptions } from './config.js';
export type { Mail, Mailer } from './mail/mailer.js';
export type { PaymentProvider } from './payments/provider.js';
export type { CallProvider } from './calls/provider.js';
export type { PhoneBalance } from './calls/phone-balance.js';
export type { JobTickResult } from './jobs/runner.js';

/** A running server. */
export interface RunningServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** The server's database, for tests and tools that prepare data directly. */
  database: Database;
  /**
   * Runs one tick of the job runner now, on the server clock: plans the reminders that became due
   * and runs every due job. For tests (with `jobs: false`) and tools; safe beside the poller.
   */
  runJobsOnce(): Promise<JobTickResult>;
  /**
   * Stops accepting connections, lets requests in flight finish for up to the grace period
   * (`shutdownGraceMs`), ends what is left, then closes the database.
   */
  close(): Promise<void>;
}

interface Pipeline {
  config: ServerConfig;
  db: Database;
  router: Router;
  /** The checks of each route's requests, compiled from openapi.yaml at start. */
  checks: ReadonlyMap<Route, OperationChecks>;
  limiter: RateLimiter | null;
  /** Finds the key of a request (found keys are remembered for a few seconds). */
  authenticate: Authenticator;
  /** Set once the server is stopping: answers then close their connection. */
  draining: boolean;
}

function send(pipeline: Pipeline, res: ServerResponse, reply: Reply, contentType = 'application/json; charset=utf-8'): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  // Once the server is stopping, every answer closes its connection, for requests begun before too.
  if (pipeline.draining) res.setHeader('Connection', 'close');
  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const payload = reply.contentType === undefined ? JSON.stringify(reply.body) : String(reply.body);
  res.setHeader('Content-Type', reply.contentType ?? contentType);
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.writeHead(reply.status).end(payload);
}

function sendProblem(pipeline: Pipeline, res: ServerResponse, problem: HttpProblem, requestId: string): void {
  if (problem.extras.cors === false) {
    res.removeHeader('Access-Control-Allow-Origin');
    res.removeHeader('Access-Control-Expose-Headers');
  }
  const headers = problem.extras.headers ?? {};
  send(pipeline, res, { status: problem.status, body: problem.toBody(requestId), headers }, 'application/problem+json');
}

const isAdminPath = (pathname: string) => pathname === '/v1/admin' || pathname.startsWith('/v1/admin/');

/** Authenticates the key of a keyed route and applies the key's origin and kind rules. */
async function authorize(pipeline: Pipeline, req: IncomingMessage, audience: Audience): Promise<ApiKey> {
  const apiKey = await pipeline.authenticate(req.headers.authorization);
  if (audience === 'admin' && apiKey.kind !== 'admin') {
    throw new HttpProblem(403, 'forbidden', 'A publishable key cannot use the admin API; use the admin (secret) key on your server.');
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isOriginAllowed(origin, apiKey.allowedOrigins)) {
    throw new HttpProblem(403, 'origin_not_allowed', `The origin ${origin} is not allowed to use this key.`, {
      cors: audience !== 'admin',
    });
  }
  if (pipeline.limiter) {
    const decision = await pipeline.limiter.hit(`${apiKey.id}|${req.socket.remoteAddress ?? ''}`);
    if (!decision.allowed) {
      throw new HttpProblem(429, 'rate_limited', `Too many requests; retry after ${decision.retryAfterSeconds} seconds.`, {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }
  }
  return apiKey;
}

async function handle(pipeline: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  res.setHeader('Request-Id', requestId);
  res.setHeader('Cache-Control', 'no-store');
  try {
    const url = new URL(req.url ?? '/', 'http://api.invalid');
    const match = pipeline.router.match(url.pathname);
    const audience: Audience = match?.audience ?? (isAdminPath(url.pathname) ? 'admin' : 'public');
    const origin = req.headers.origin;
    if (origin !== undefined) {
      res.setHeader('Vary', 'Origin');
      if (audience === 'admin' && !isOriginAllowed(origin, pipeline.config.adminOrigins)) {
        throw new HttpProblem(403, 'origin_not_allowed', `The origin ${origin} may not call the admin API.`, { cors: false });
      }
      if (normalizeOrigin(origin) !== null) setCorsHeaders(res, origin);
    }
    if (!match) throw notFound(`The route ${req.method ?? 'GET'} ${url.pathname}`);

    const methods = [...match.routes.keys()];
    const allow = [...methods, 'OPTIONS'].join(', ');
    if (req.method === 'OPTIONS') {
      setPreflightHeaders(res, methods);
      send(pipeline, res, { status: 204, headers: { Allow: allow } });
      return;
    }
    const route = match.routes.get(req.method as Method);
    if (!route) {
      throw new HttpProblem(405, 'method_not_allowed', `${req.method ?? ''} is not allowed on ${url.pathname}; use ${methods.join(' or ')}.`, {
        headers: { Allow: allow },
      });
    }
    const maxBodyBytes = Math.min(route.maxBodyBytes ?? DEFAULT_ROUTE_BODY_BYTES, pipeline.config.maxBodyBytes);
    if (declaresTooLarge(req, maxBodyBytes)) throw payloadTooLarge(maxBodyBytes);
    const apiKey = audience === 'open' ? null : await authorize(pipeline, req, audience);
    const problems = screenUrl(url.searchParams, match.params);
    if (problems.length > 0) throw validationProblem(problems);
    const ctx = { req, url, params: match.params, requestId, apiKey, maxBodyBytes };
    const body = await readCheckedRequest(route, pipeline.checks.get(route) as OperationChecks, ctx);
    const reply = await route.handler({ ...ctx, body });
    send(pipeline, res, reply);
  } catch (error) {
    if (error instanceof HttpProblem) {
      sendProblem(pipeline, res, error, requestId);
      return;
    }
    pipeline.config.log.error('request failed', {
      requestId,
      method: req.method,
      url: req.url,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(pipeline, res, new HttpProblem(500, 'internal', `Something went wrong on our side; quote request id ${requestId} when reporting it.`), requestId);
  }
}

/**
 * Starts the reference tenant server: opens the database (PostgreSQL when `databaseUrl` is
 * set, else PGlite in `dataDir`), applies migrations, stores the configured keys, seeds the demo
 * tenant once, and listens.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const config = resolveConfig(options);
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) config.log.info('migrations applied', { migrations: applied });
    await syncConfiguredKeys(db, [
      { id: 'key_demo_publishable', kind: 'publishable', key: config.publishableKey, allowedOrigins: config.allowedOrigins },
      { id: 'key_demo_admin', kind: 'admin', key: config.adminKey, allowedOrigins: config.adminOrigins },
    ]);
    if (config.seed) {
      if ((await seedDemoTenant(db)) > 0) config.log.info('demo tenant seeded');
      if ((await seedDemoAvailability(db, config.clock())) > 0) config.log.info('demo availability seeded');
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  const deps = { db, config };
  const routes = allRoutes(deps);
  let checks: ReadonlyMap<Route, OperationChecks>;
  try {
    checks = bindRequestChecks(routes, openApiRequestChecks());
  } catch (error) {
    await db.close();
    throw error;
  }
  const pipeline: Pipeline = {
    config,
    db,
    router: createRouter(routes),
    checks,
    // Counted in the database: every instance on it shares each client's budget.
    limiter: config.rateLimit ? createRateLimiter(db, config.rateLimit, config.clock) : null,
    authenticate: createAuthenticator(db),
    draining: false,
  };
  const server = createServer((req, res) => void handle(pipeline, req, res));
  server.on('clientError', (error: Error & { code?: string }, socket) => {
    const requestId = answerUnparsedRequest(error, socket);
    if (requestId) config.log.info('request refused by the HTTP parser', { requestId, code: error.code });
  });
  server.on('connect', (_req, socket) => void refuseConnect(socket));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  config.log.info('listening', { url, database: db.engine });
  const jobs = serverJobRunner(deps);
  if (config.jobs) jobs.start(config.jobs.pollMs);

  let closing: Promise<void> | undefined;
  return {
    url,
    database: db,
    runJobsOnce: () => jobs.tick(),
    close() {
      closing ??= (async () => {
        const jobsStopped = jobs.stop();
        // Stop listening, end idle keep-alive connections, and let requests in flight finish
        // (each answer now closes its connection) until the grace period ends them.
        pipeline.draining = true;
        await new Promise<void>((resolve) => {
          const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
          server.close(() => {
            clearTimeout(deadline);
            resolve();
          });
          server.closeIdleConnections();
        });
        await jobsStopped;
        await db.close();
      })();
      return closing;
    },
  };
}
