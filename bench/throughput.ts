/**
 * Throughput of the reference server's two busiest public reads, at concurrency 10 from a load
 * generator in its own process: `GET /v1/experts/{id}/packages` and 30 days of
 * `GET /v1/experts/{id}/slots`, on PGlite and (when APPTKIT_BENCH_DATABASE_URL or
 * APPTKIT_TEST_DATABASE_URL is set) on PostgreSQL, side by side; slots once more without the
 * rate limiter (its cost); and a bare `node:http` server answering the same bytes, the ceiling.
 * The servers run the demo seed with a fixed clock. Prints req/s and p99; asserts nothing about
 * time. `BENCH_SECONDS` sets the length of each measurement (default 3).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from '../demo/server/server.js';
import { measureLoad, type LoadResult } from './load-generator.js';

const CONCURRENCY = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const NOW = '2031-01-06T08:00:00Z';
const EXPERT = 'exp_istanbul';
const PACKAGE = 'pkg_ist_first_consultation';
const PUBLISHABLE_KEY = 'pk_test_demo';
const HEADERS = { authorization: `Bearer ${PUBLISHABLE_KEY}` };
/** A limit the bench never reaches: the limiter counts every request but refuses none. */
const UNREACHED_LIMIT = { limit: 1_000_000_000, windowMs: 60_000 };

const PATHS = {
  packages: `/v1/experts/${EXPERT}/packages`,
  slots: `/v1/experts/${EXPERT}/slots?from=2031-01-06T00:00:00Z&to=2031-02-05T00:00:00Z&packageId=${PACKAGE}`,
};

/** Where a server keeps its data: PGlite in memory, or a fresh schema of a PostgreSQL database. */
interface Side {
  name: string;
  options: Pick<ServerOptions, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;
  dispose(): Promise<void>;
}

async function postgresSide(url: string): Promise<Side> {
  const schema = `apptkit_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Installed database-wide first, so that dropping the bench schema does not take it along.
  await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
  return {
    name: 'PostgreSQL',
    options: { databaseUrl: url, databaseSchema: schema },
    async dispose() {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

function start(side: Side, rateLimit: ServerOptions['rateLimit']): Promise<RunningServer> {
  return startServer({
    ...side.options,
    adminKey: 'sk_test_bench_admin',
    publishableKey: PUBLISHABLE_KEY,
    allowedOrigins: [],
    adminOrigins: [],
    rateLimit,
    jobs: false,
    clock: () => new Date(NOW),
  });
}

/** The load at concurrency 10 on `url`; throws when an answer is not 200. */
async function load(url: string): Promise<LoadResult> {
  const result = await measureLoad({ url, headers: HEADERS, concurrency: CONCURRENCY, warmupMs: 500, durationMs: SECONDS * 1000 });
  const failures = Object.entries(result.statuses).filter(([status]) => status !== '200');
  if (failures.length > 0) throw new Error(`${url} answered ${JSON.stringify(result.statuses)}`);
  return result;
}

/** A bare `node:http` server answering every request with `body`, as the reference server would. */
async function bareServer(body: Buffer): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const rows = new Map<string, Map<string, LoadResult>>();
function record(row: string, column: string, result: LoadResult): void {
  if (!rows.has(row)) rows.set(row, new Map());
  rows.get(row)?.set(column, result);
}

const sides: Side[] = [{ name: 'PGlite', options: { dataDir: 'memory' }, dispose: async () => undefined }];
const databaseUrl = process.env.APPTKIT_BENCH_DATABASE_URL || process.env.APPTKIT_TEST_DATABASE_URL;
if (databaseUrl) sides.push(await postgresSide(databaseUrl));
else console.log('(PostgreSQL skipped: set APPTKIT_BENCH_DATABASE_URL or APPTKIT_TEST_DATABASE_URL to measure it too)');

const bodies: Partial<Record<keyof typeof PATHS, Buffer>> = {};
try {
  for (const side of sides) {
    const limited = await start(side, UNREACHED_LIMIT);
    try {
      for (const [name, path] of Object.entries(PATHS) as [keyof typeof PATHS, string][]) {
        bodies[name] ??= Buffer.from(await (await fetch(`${limited.url}${path}`, { headers: HEADERS })).arrayBuffer());
        record(`GET ${name}`, side.name, await load(`${limited.url}${path}`));
      }
    } finally {
      await limited.close();
    }
    const unlimited = await start(side, false);
    try {
      record('GET slots, no rate limiter', side.name, await load(`${unlimited.url}${PATHS.slots}`));
    } finally {
      await unlimited.close();
    }
  }
  for (const [name, body] of Object.entries(bodies)) {
    const bare = await bareServer(body);
    try {
      record(`GET ${name}`, 'bare node:http', await load(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`));
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  }
} finally {
  for (const side of sides) await side.dispose();
}

const columns = [...sides.map((side) => side.name), 'bare node:http'];
const cell = (result: LoadResult | undefined) => (result ? `${Math.round(result.perSecond)} req/s, p99 ${result.p99Ms.toFixed(1)} ms` : '–');
console.log(`concurrency ${CONCURRENCY}, ${SECONDS} s each; slots: 30 days of ${PACKAGE} (${bodies.slots?.length ?? 0} bytes)`);
console.log(['', ...columns].map((text, i) => text.padEnd(i === 0 ? 28 : 32)).join(''));
for (const [row, results] of rows) {
  console.log([row.padEnd(28), ...columns.map((column) => cell(results.get(column)).padEnd(32))].join(''));
}
for (const [row, results] of rows) {
  const ceiling = results.get('bare node:http');
  if (!ceiling) continue;
  const ratios = sides.map((side) => `${side.name} ${((results.get(side.name)?.perSecond ?? Number.NaN) / ceiling.perSecond).toFixed(2)}×`);
  console.log(`${row}: share of the bare ceiling: ${ratios.join(', ')}`);
}
