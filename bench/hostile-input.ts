/**
 * How fast the reference server refuses hostile bodies, and whether other requests wait meanwhile:
 * the time to refuse a 600 KB description (past the package route's limit, refused from its
 * Content-Length), a 1 MiB body on a route that reads 1 MiB (parsed, then refused by the request
 * screen), and a 100,000-character description within the route's limit (refused by the screen
 * before any character is counted); beside the same server's answer to /v1/health, and the
 * health answer's time while refusals run. Server and load share this process and its cores.
 */
import { startServer } from '../demo/server/server.js';

const ADMIN_KEY = 'sk_test_bench_admin';
const server = await startServer({ dataDir: 'memory', adminKey: ADMIN_KEY, allowedOrigins: [], adminOrigins: [], rateLimit: false });
const admin = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

const packageBody = (description: string) =>
  JSON.stringify({
    expertId: 'exp_istanbul', appointmentType: 'online', service: 'video', durationMinutes: 50, fee: 100, credits: 1, sessions: 1,
    breakMinutes: 0, country: 'DE', currency: 'EUR', listingOrder: 0, endMode: 'automatic', endTiming: 'scheduled_end', title: 'Bench', description,
  });
const cases: { name: string; path: string; method: string; body?: string; expect: number }[] = [
  { name: 'GET /v1/health (reference)', path: '/v1/health', method: 'GET', expect: 200 },
  { name: 'refuse a 600 KB description', path: '/v1/admin/packages', method: 'POST', body: packageBody('x'.repeat(600 * 1024)), expect: 413 },
  { name: 'refuse a 1 MiB body (availability)', path: '/v1/admin/experts/exp_istanbul/availability', method: 'PUT', body: JSON.stringify({ weekly: [], overrides: [], blocks: [], junk: 'y'.repeat(1024 * 1024 - 64) }), expect: 422 },
  { name: 'refuse a 1 MiB body (16 KiB route)', path: '/v1/holds', method: 'POST', body: JSON.stringify({ junk: 'z'.repeat(1024 * 1024 - 16) }), expect: 413 },
  { name: 'refuse a 100,000-character description', path: '/v1/admin/packages', method: 'POST', body: packageBody('x'.repeat(100_000)), expect: 422 },
  { name: 'refuse a 2,001-emoji description (rule)', path: '/v1/admin/packages', method: 'POST', body: packageBody('👍🏽'.repeat(2001)), expect: 422 },
];

async function once(c: (typeof cases)[number]): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}${c.path}`, {
    method: c.method,
    headers: { ...admin, 'if-match': '"1"', 'idempotency-key': crypto.randomUUID() },
    ...(c.body === undefined ? {} : { body: c.body }),
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== c.expect) throw new Error(`${c.name}: expected ${c.expect}, got ${response.status}`);
  return elapsed;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

try {
  const results = new Map<string, number>();
  for (const c of cases) {
    for (let i = 0; i < 3; i++) await once(c);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push(await once(c));
    results.set(c.name, median(times));
  }
  const reference = results.get(cases[0]?.name ?? '') ?? Number.NaN;
  for (const [name, time] of results) {
    console.log(`${name}: median ${time.toFixed(2)} ms (${(time / reference).toFixed(1)}× health)`);
  }

  // /v1/health while four clients keep sending 1 MiB bodies and 100,000-character descriptions.
  let running = true;
  const hostile = [cases[2], cases[4], cases[2], cases[4]].map(async (c) => {
    while (running) await once(c as (typeof cases)[number]);
  });
  const during: number[] = [];
  for (let i = 0; i < 40; i++) during.push(await once(cases[0] as (typeof cases)[number]));
  running = false;
  await Promise.all(hostile);
  const worst = Math.max(...during);
  console.log(`GET /v1/health during hostile load: median ${median(during).toFixed(2)} ms, worst ${worst.toFixed(2)} ms (${(median(during) / reference).toFixed(1)}× idle)`);
} finally {
  await server.close();
}
