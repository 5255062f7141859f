/**
 * Stopping the server process (`demo/server/main.ts`) on SIGTERM or SIGINT: it stops taking
 * connections, finishes the requests in flight (here one whose body is still arriving, and a
 * steady load), closes the database and exits 0; its data opens again cleanly.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startServer } from '../../demo/server/server.js';
import { packageInput } from './harness.js';

const ADMIN_KEY = 'sk_test_shutdown';
const MAIN = new URL('../../demo/server/main.ts', import.meta.url).pathname;

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts main.ts on a free port with its data in `dataDir`, resolving once it listens. */
async function startProcess(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, APPTKIT_API_PORT: '0', APPTKIT_DATA_DIR: dataDir, APPTKIT_ADMIN_KEY: ADMIN_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const look = () => {
      const match = /reference server on (http:\/\/[\d.:]+)\/v1/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', look);
    void exit.then(() => reject(new Error(`the server exited:\n${output}`)));
  });
  return { child, url, output: () => output, exit };
}

/** Opens a raw connection and sends the first part of a package create; returns the socket and the rest to send. */
async function beginSlowCreate(url: string): Promise<{ socket: Socket; rest: string; answer: Promise<string> }> {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({ expertId: 'exp_istanbul', ...packageInput({ title: 'Sent while stopping' }) });
  const head = `POST /v1/admin/packages HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  const socket = await new Promise<Socket>((resolve, reject) => {
    const opened = connect(Number(port), hostname, () => resolve(opened));
    opened.once('error', reject);
  });
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  const answer = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  socket.write(head + body.slice(0, 40));
  return { socket, rest: body.slice(40), answer };
}

/** Keeps `concurrency` loops of GET /v1/health busy until stopped; counts answers by kind. */
function load(url: string, concurrency: number): { stop(): Promise<{ ok: number; serverErrors: number; refused: number }> } {
  const counts = { ok: 0, serverErrors: 0, refused: 0 };
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) {
      try {
        const response = await fetch(`${url}/v1/health`);
        await response.arrayBuffer();
        if (response.status >= 500) counts.serverErrors++;
        else counts.ok++;
      } catch {
        counts.refused++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}

describe('stopping on a signal', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}, finishes the request in flight under load, refuses new connections, closes the database and exits 0`, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'apptkit-shutdown-'));
      dirs.push(dataDir);
      const server = await startProcess(dataDir);
      const traffic = load(server.url, 8);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const slow = await beginSlowCreate(server.url);

      server.child.kill(signal);
      // Stopped listening: a new connection is refused while the slow request is still open.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await assert.rejects(fetch(`${server.url}/v1/health`), 'a new connection was accepted after the signal');
      slow.socket.end(slow.rest);
      const answer = await slow.answer;
      assert.match(answer, /^HTTP\/1\.1 201 /, `the request in flight was not finished: ${answer.slice(0, 300)}`);
      assert.match(answer, /\r\nconnection: close\r\n/i);

      const exit = await server.exit;
      const counts = await traffic.stop();
      assert.deepEqual(exit, { code: 0, signal: null }, server.output());
      assert.equal(counts.serverErrors, 0);
      assert.ok(counts.ok > 0, 'the load got no answer before the signal');
      assert.match(server.output(), new RegExp(`"message":"stopping","signal":"${signal}"`));

      // The database was closed cleanly: it opens again, with the package written while stopping.
      const reopened = await startServer({ dataDir, adminKey: ADMIN_KEY, allowedOrigins: [], adminOrigins: [] });
      try {
        const response = await fetch(`${reopened.url}/v1/admin/packages?expertId=exp_istanbul&limit=100`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
        const page = (await response.json()) as { data: { title: string }[] };
        assert.ok(page.data.some((pkg) => pkg.title === 'Sent while stopping'));
      } finally {
        await reopened.close();
      }
    });
  }

  it('ends a request that never finishes once the grace period is over, and still closes', async () => {
    const server = await startServer({ dataDir: 'memory', adminKey: ADMIN_KEY, allowedOrigins: [], adminOrigins: [], shutdownGraceMs: 300 });
    const stuck = await beginSlowCreate(server.url);
    await server.close();
    assert.equal(await stuck.answer, '', 'the unfinished request got an answer');
    assert.ok(stuck.socket.destroyed);
  });
});
