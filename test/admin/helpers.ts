/**
 * Starts the reference server in-process (port 0, in-memory PGlite) for one test file, and gives
 * admin clients that talk to it over real HTTP.
 */
import { after, before } from 'node:test';
import type { AppointmentPackageInput } from '../../src/core/package.js';
import { createAdminClient, type AdminClient } from '../../src/admin/index.js';
import { startServer, type RunningServer } from '../../demo/server/server.js';
import { insertExpertIfMissing } from '../../demo/server/db/experts.js';
import { TEST_NOW } from '../server/harness.js';
import { runningClock } from '../clock.js';

export const ADMIN_KEY = 'sk_test_admin_sdk';
export const PUBLISHABLE_KEY = 'pk_test_admin_sdk';
export const ADMIN_ORIGIN = 'https://dashboard.example';
export const SHOP_ORIGIN = 'https://shop.example';

/** A fetch that records every request it sends. */
export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  requests: Request[];
}

/** Wraps `fetch` (default: the global one) to record requests. */
export function recordingFetch(inner: typeof globalThis.fetch = globalThis.fetch): RecordingFetch {
  const requests: Request[] = [];
  return {
    requests,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return inner(request);
    },
  };
}

/** The server of one test file and helpers around it. */
export interface TestApi {
  readonly url: string;
  readonly server: RunningServer;
  /** An admin client, optionally with its own fetch. */
  admin(fetch?: typeof globalThis.fetch): AdminClient;
  /** Adds an expert without packages and returns its id. */
  addExpert(id: string): Promise<string>;
  /** The server's clock, injected (see TEST_NOW). */
  now(): Date;
}

/** Starts one server before the file's tests and stops it after them. */
export function useApi(): TestApi {
  let server: RunningServer | undefined;
  const clock = runningClock(TEST_NOW);
  before(async () => {
    server = await startServer({
      clock,
      port: 0,
      dataDir: 'memory',
      adminKey: ADMIN_KEY,
      publishableKey: PUBLISHABLE_KEY,
      allowedOrigins: [SHOP_ORIGIN],
      adminOrigins: [ADMIN_ORIGIN],
      rateLimit: false,
    });
  });
  after(() => server?.close());
  const running = (): RunningServer => {
    if (!server) throw new Error('the server is not started yet');
    return server;
  };
  return {
    now: clock,
    get url() {
      return running().url;
    },
    get server() {
      return running();
    },
    admin: (fetch) => createAdminClient({ baseUrl: running().url, apiKey: ADMIN_KEY, ...(fetch ? { fetch } : {}) }),
    async addExpert(id) {
      await insertExpertIfMissing(running().database, { id, name: `Expert ${id}`, headline: '', timeZone: 'Europe/Berlin' });
      return id;
    },
  };
}

/** A valid package input; override what a test is about. */
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
    listingOrder: 0,
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    title: 'Admin SDK test package',
    description: 'Written by the admin SDK tests.',
    ...overrides,
  };
}

/** Sends a raw JSON request with the admin key (and optional Origin), bypassing the SDK. */
export async function rawRequest(
  url: string,
  { method = 'GET', body, origin, key = ADMIN_KEY, headers = {} }: { method?: string; body?: unknown; origin?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> | undefined }> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(origin ? { origin } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}
