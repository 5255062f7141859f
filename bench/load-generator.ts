/**
 * A small HTTP load generator for the benchmarks: `concurrency` keep-alive connections, each
 * sending its next GET as soon as the previous answer has ended, for `durationMs` after a
 * warm-up. It runs in a child process of its own ({@link measureLoad} forks this file), so that
 * the load does not share the measured server's event loop.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

/** What to send, how many at once, and for how long. */
export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** Requests in flight at any time, one per connection. */
  concurrency: number;
  /** Requests sent before this much time has passed are not counted. */
  warmupMs: number;
  /** How long the counted part lasts. */
  durationMs: number;
}

/** What a run measured. */
export interface LoadResult {
  /** Answers received in the counted part. */
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** How many counted answers had each status: anything but 200 is a failure of the bench. */
  statuses: Record<string, number>;
}

/** One GET on `agent`: resolves with the status once the whole answer is read. */
function get(agent: Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { agent, headers }, (response) => {
      response.on('error', reject);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.resume();
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** The value below which `share` of the sorted `values` lie. */
function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** Runs the load in this process. */
async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const started = performance.now();
  const countFrom = started + options.warmupMs;
  const stopAt = countFrom + options.durationMs;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const worker = async () => {
    for (;;) {
      const sentAt = performance.now();
      if (sentAt >= stopAt) return;
      const status = await get(agent, options.url, options.headers);
      if (sentAt < countFrom) continue;
      latencies.push(performance.now() - sentAt);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - countFrom;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    perSecond: (latencies.length * 1000) / elapsedMs,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    statuses,
  };
}

/** Runs the load from a child process and resolves with what it measured. */
export function measureLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'] });
    let result: LoadResult | undefined;
    child.once('message', (message) => {
      result = message as LoadResult;
    });
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load generator exited with ${String(code)}`))));
    child.send(options);
  });
}

// As the forked child: take one job, answer with its result, exit.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', (options) => {
    void generateLoad(options as LoadOptions).then((result) => process.send?.(result, () => process.disconnect()));
  });
}
