/**
 * Starts a reference server for one test file (PGlite, or PostgreSQL in a fresh schema when
 * APPTKIT_TEST_DATABASE_URL is set) and talks to it over real HTTP. Every response to a
 * documented operation is checked against openapi.yaml.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { AppointmentPackage, AppointmentPackageInput } from '../../src/core/index.js';
import type { Logger, ServerOptions } from '../../demo/server/config.js';
import { startServer, type RunningServer } from '../../demo/server/server.js';
import { contractViolations } from './openapi-contract.js';
import { runningClock } from '../clock.js';

export const ADMIN_KEY = 'sk_test_server_tests';
export const PUBLISHABLE_KEY = 'pk_test_demo';
export const SHOP_ORIGIN = 'https://shop.example';
export const ADMIN_ORIGIN = 'https://admin.example';
export const OTHER_ORIGIN = 'https://evil.example';

/** A log line the server wrote. */
export interface LogLine {
  level: 'info' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** Where a test server keeps its data, reusable across restarts. */
interface Storage {
  options: Pick<ServerOptions, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;
  dispose(): Promise<void>;
}

/**
 * Installs btree_gist database-wide (in the default schema) before the test schemas exist, so the
 * migration's CREATE EXTENSION IF NOT EXISTS finds it instead of creating it inside a test schema,
 * whose DROP … CASCADE would then take it away from every other test schema.
 */
async function installSharedExtensions(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
  } finally {
    await client.end();
  }
}

/**
 * The database engines a test may run on: `postgres` when APPTKIT_TEST_DATABASE_URL is set (CI),
 * `pglite` always. Most tests take the environment's choice; a few run on each engine in turn.
 */
export type Engine = 'pglite' | 'postgres';

/** Every engine available here: PGlite, and PostgreSQL when APPTKIT_TEST_DATABASE_URL is set. */
export function availableEngines(): Engine[] {
  return process.env.APPTKIT_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

async function createStorage(persistent: boolean, engine: Engine | undefined): Promise<Storage> {
  const url = engine === 'pglite' ? undefined : process.env.APPTKIT_TEST_DATABASE_URL;
  if (engine === 'postgres' && !url) throw new Error('The postgres engine needs APPTKIT_TEST_DATABASE_URL.');
  if (url) {
    await installSharedExtensions(url);
    const schema = `apptkit_test_${randomBytes(6).toString('hex')}`;
    return {
      options: { databaseUrl: url, databaseSchema: schema },
      async dispose() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  }
  if (!persistent) return { options: { dataDir: 'memory' }, dispose: async () => undefined };
  const dir = await mkdtemp(join(tmpdir(), 'apptkit-server-test-'));
  return { options: { dataDir: dir }, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The instant the server tests live at unless a test sets its own clock: every server under test
 * gets an injected clock, starting here and running at real speed, never the machine's date.
 */
export const TEST_NOW = '2031-01-06T08:00:00Z';

/** What a test sends. */
export interface CallOptions {
  method?: string;
  /** `admin`, `publishable`, a literal key, or `null` for none. Default: admin on /v1/admin, else publishable. */
  key?: 'admin' | 'publishable' | string | null;
  /** A JSON body (serialized) or a raw string sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  origin?: string;
}

/** What a test sees of a response. */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A server for one test file. */
export interface TestServer {
  url: string;
  /** The running server (its database for bulk setup). */
  server: RunningServer;
  logs: LogLine[];
  /** Where the data lives: a PGlite directory (`'memory'` when not persistent) or a PostgreSQL schema. */
  storage: Pick<ServerOptions, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;
  /** Sends a request and checks the answer against openapi.yaml. */
  call<T = unknown>(path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  /** Stops the server and starts it again on the same data. */
  restart(): Promise<void>;
  /** Stops the server and deletes its data. */
  close(): Promise<void>;
}

/**
 * Starts a server with test keys and origins; `persistent` keeps data on disk for restarts;
 * `engine` picks the database (default: PostgreSQL when APPTKIT_TEST_DATABASE_URL is set, else PGlite).
 */
export async function startTestServer(
  overrides: Partial<ServerOptions> = {},
  { persistent = false, engine }: { persistent?: boolean; engine?: Engine } = {},
): Promise<TestServer> {
  const storage = await createStorage(persistent, engine);
  const logs: LogLine[] = [];
  const log: Logger = {
    info: (message, fields) => logs.push({ level: 'info', message, fields }),
    error: (message, fields) => logs.push({ level: 'error', message, fields }),
  };
  const options: ServerOptions = {
    adminKey: ADMIN_KEY,
    publishableKey: PUBLISHABLE_KEY,
    allowedOrigins: [SHOP_ORIGIN],
    adminOrigins: [ADMIN_ORIGIN],
    rateLimit: false,
    // Background jobs run when a test asks (runJobsOnce), never on a timer beside its clock.
    jobs: false,
    log,
    clock: runningClock(TEST_NOW),
    ...storage.options,
    ...overrides,
  };
  let server = await startServer(options);

  const test: TestServer = {
    get url() {
      return server.url;
    },
    get server() {
      return server;
    },
    logs,
    storage: storage.options,
    async call<T>(path: string, callOptions: CallOptions = {}) {
      const method = callOptions.method ?? 'GET';
      const headers: Record<string, string> = { ...callOptions.headers };
      const keyOption = callOptions.key === undefined ? (path.startsWith('/v1/admin') ? 'admin' : 'publishable') : callOptions.key;
      if (keyOption !== null) {
        const key = keyOption === 'admin' ? ADMIN_KEY : keyOption === 'publishable' ? PUBLISHABLE_KEY : keyOption;
        headers.authorization ??= `Bearer ${key}`;
      }
      if (callOptions.origin) headers.origin = callOptions.origin;
      let body: string | undefined;
      if (callOptions.body !== undefined) {
        body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await response.text();
      const parsed: unknown = text === '' ? undefined : JSON.parse(text);
      const captured = { status: response.status, headers: response.headers, body: parsed };
      const violations = contractViolations(method, new URL(path, server.url).pathname, captured);
      assert.deepEqual(violations, [], `the response breaks openapi.yaml:\n${violations.join('\n')}`);
      return captured as ApiResponse<T>;
    },
    async restart() {
      await server.close();
      server = await startServer(options);
    },
    async close() {
      await server.close();
      await storage.dispose();
    },
  };
  return test;
}

/** A valid package input to start tests from; override what a test is about. */
export function packageInput(overrides: Partial<AppointmentPackageInput> = {}): AppointmentPackageInput {
  return {
    appointmentType: 'online',
    service: 'video',
    durationMinutes: 50,
    fee: 12000,
    credits: 12,
    sessions: 3,
    breakMinutes: 10,
    country: 'DE',
    currency: 'EUR',
    listingOrder: 7,
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    title: 'Test package',
    description: 'Written by the server tests.',
    ...overrides,
  };
}

/** Creates a package for `expertId` through the API and returns it. */
export async function createPackage(
  test: TestServer,
  expertId: string,
  overrides: Partial<AppointmentPackageInput> = {},
): Promise<AppointmentPackage> {
  const response = await test.call<AppointmentPackage>('/v1/admin/packages', {
    method: 'POST',
    body: { expertId, ...packageInput(overrides) },
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** The problem body of an error answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: { field: string; code: string; message: string }[];
  currentVersion?: number;
  /** `insufficient_credits`: the balance and the price in credits. */
  balance?: number;
  price?: number;
  /** `payment_declined`: the failed purchase and the decline code. */
  purchaseId?: string;
  declineCode?: string;
}

/** Asserts a problem answer with `status` and `code`, whose requestId equals the header, and returns it. */
export function assertProblem(response: ApiResponse, status: number, code: string): Problem {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = response.body as Problem;
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
  assert.equal(problem.type, `https://apptkit.dev/problems/${code}`);
  assert.equal(problem.requestId, response.headers.get('request-id'));
  return problem;
}

/** A server clock a test can move: pass `clock` to startTestServer. */
export interface TestClock {
  clock: () => Date;
  /** The clock's instant as an ISO string. */
  readonly now: string;
  /** Sets the clock to an instant. */
  set(instant: string): void;
  /** Moves the clock forward by `minutes`. */
  advance(minutes: number): void;
}

/** A {@link TestClock} starting at `instant`. */
export function testClock(instant: string): TestClock {
  let ms = Date.parse(instant);
  return {
    clock: () => new Date(ms),
    get now() {
      return new Date(ms).toISOString();
    },
    set(next) {
      ms = Date.parse(next);
    },
    advance(minutes) {
      ms += minutes * 60_000;
    },
  };
}

/** Inserts an expert directly (the API has no expert create); its availability starts empty. */
export async function createExpert(test: TestServer, id: string, timeZone: string): Promise<void> {
  await test.server.database.query('INSERT INTO experts (id, name, headline, time_zone) VALUES ($1, $2, $3, $4)', [
    id,
    `Test expert ${id}`,
    'Created by the server tests',
    timeZone,
  ]);
}

/** Replaces an expert's availability through the API (reading its ETag first) and returns the answer. */
export async function putAvailability<T = unknown>(test: TestServer, expertId: string, body: unknown): Promise<ApiResponse<T>> {
  const path = `/v1/admin/experts/${expertId}/availability`;
  const etag = (await test.call(path)).headers.get('etag') ?? '';
  return test.call<T>(path, { method: 'PUT', body, headers: { 'if-match': etag } });
}
