/**
 * End-to-end harness: the reference server and the demo host site on two loopback origins, the
 * pages living at the server's clock, and the system Chromium driven through playwright-core for
 * the Chromium-only tests (the journeys run in every engine through ./drivers).
 */
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../scripts/chromium.mjs';
import { startServer } from '../../demo/server/server.js';
import { runningClock } from '../clock.js';
import { startHostSite, type RunningSite } from '../../demo/host/server.js';
import type { AppointmentPackage, AppointmentPackageInput } from '../../src/core/package.js';

export const ADMIN_KEY = 'sk_test_e2e_admin';
export const PUBLISHABLE_KEY = 'pk_test_demo';

/**
 * The instant the end-to-end tests live at, whatever today's date: the server's clock and every
 * page's clock start here and run on at real speed, so the journeys (which cross the US spring
 * change of 2027-03-14) pass identically on any day.
 */
export const E2E_NOW = '2027-03-01T09:00:00Z';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: [...chromiumArgs] });
}

/** A port that was free a moment ago, so a site's origin can be allow-listed before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function temporaryDataDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'apptkit-e2e-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export interface Stack {
  apiUrl: string;
  /** The stack's clock (epoch ms): the server's, and every page's (the host site serves it to them). */
  now(): number;
  site: RunningSite;
  closeApi(): Promise<void>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** The site's port, e.g. to restart on the same origin; default a free one. */
  sitePort?: number;
  /** The instant the stack's clock starts at; default {@link E2E_NOW}. */
  now?: string;
  /** The server's minimum notice before a slot; default its own (60). */
  minNoticeMinutes?: number;
}

/**
 * Starts the API on `dataDir` (a PGlite data directory, or `'memory'` for a throwaway database),
 * allow-listing the host site's origin, and the host site on its own origin, both on one running
 * clock that the site's pages live at too (its test clock script).
 */
export async function startStack(dataDir: string, { sitePort, now: start = E2E_NOW, minNoticeMinutes }: StackOptions = {}): Promise<Stack> {
  const port = sitePort ?? (await freePort());
  const siteOrigin = `http://127.0.0.1:${port}`;
  const clock = runningClock(start);
  const now = () => clock().getTime();
  const api = await startServer({
    clock,
    ...(minNoticeMinutes === undefined ? {} : { minNoticeMinutes }),
    port: 0,
    dataDir,
    adminKey: ADMIN_KEY,
    publishableKey: PUBLISHABLE_KEY,
    allowedOrigins: [siteOrigin],
    adminOrigins: [siteOrigin],
    joinPageUrl: `${siteOrigin}/call.html`,
  });
  const site = await startHostSite({ port, apiUrl: api.url, publishableKey: PUBLISHABLE_KEY, adminKey: ADMIN_KEY, pageClock: now });
  return {
    apiUrl: api.url,
    now,
    site,
    closeApi: () => api.close(),
    close: async () => {
      await Promise.allSettled([site.close(), api.close()]);
    },
  };
}

/** A call to the stack's API, with the admin key unless `key` says otherwise. */
export function callApi(stack: Stack, path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  const { key = ADMIN_KEY, ...rest } = init;
  return fetch(`${stack.apiUrl}${path}`, {
    ...rest,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...rest.headers },
  });
}

/** Creates an online video package of 50-minute sessions with a 10-minute break; `fields` override the rest. */
export async function createPackage(stack: Stack, expertId: string, fields: Partial<AppointmentPackageInput> & { title: string }): Promise<AppointmentPackage> {
  const created = await callApi(stack, '/v1/admin/packages', {
    method: 'POST',
    body: JSON.stringify({
      expertId,
      appointmentType: 'online',
      service: 'video',
      durationMinutes: 50,
      fee: 45000,
      credits: null,
      sessions: 1,
      breakMinutes: 10,
      country: 'US',
      currency: 'USD',
      listingOrder: 0,
      endMode: 'automatic',
      endTiming: 'scheduled_end',
      description: 'Weekly video sessions.',
      ...fields,
    }),
  });
  if (created.status !== 201) throw new Error(`creating ${fields.title}: ${created.status} ${await created.text()}`);
  return (await created.json()) as AppointmentPackage;
}

/** Sets the expert's availability to Monday to Friday 09:00–12:00 in their zone, nothing else. */
export async function setWeekdayMornings(stack: Stack, expertId: string): Promise<void> {
  const current = await callApi(stack, `/v1/admin/experts/${expertId}/availability`);
  const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' }));
  const set = await callApi(stack, `/v1/admin/experts/${expertId}/availability`, {
    method: 'PUT',
    headers: { 'if-match': current.headers.get('etag') ?? '' },
    body: JSON.stringify({ weekly, overrides: [], blocks: [] }),
  });
  if (set.status !== 200) throw new Error(`setting availability: ${set.status} ${await set.text()}`);
}

/** A message of the API's test outbox. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The test outbox's mail to `to`, newest first, once there are at least `count`. */
export async function mailTo(stack: Stack, to: string, count = 1): Promise<Mail[]> {
  for (let i = 0; i < 200; i++) {
    const answer = await fetch(`${stack.apiUrl}/outbox.json?to=${encodeURIComponent(to)}`);
    const { data } = (await answer.json()) as { data: Mail[] };
    if (data.length >= count) return data;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail number ${count} to ${to}`);
}
