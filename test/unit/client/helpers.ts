import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { validStored } from '../core/fixtures.js';

export const BASE = 'https://api.test';

/** An msw server for one test file; unhandled requests fail the test. */
export function useServer(): ReturnType<typeof setupServer> {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return server;
}

/** A stored package as JSON, with the given overrides. */
export function pkg(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validStored(overrides);
}

/** A problem+json answer as the reference server sends it. */
export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

export const EXPERT = { id: 'exp_1', name: 'Dr. Ada Lovelace', headline: 'Analytical engines', timeZone: 'Europe/London' };

/** What `promise` rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the call to reject');
}

/** Records the requests `server` gets at `url` and answers each with `answer()`. */
export function record(server: ReturnType<typeof setupServer>, method: 'get' | 'post', url: string, answer: () => Response): Request[] {
  const seen: Request[] = [];
  server.use(
    http[method](url, ({ request }) => {
      seen.push(request.clone());
      return answer();
    }),
  );
  return seen;
}
