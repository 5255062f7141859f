// Renders <appt-packages>, <appt-slot-picker>, <appt-call> and <appt-my-bookings> (one booking
// from the e-mail's "Reschedule or cancel" link) from the built CDN bundle in each state
// (loading, loaded, empty, error, Arabic right-to-left, dark; for the picker also a chosen day with
// chosen times; for the call idle, too early, in the call, time up, ended; for the booking its
// change buttons, the cancel question, the new-time picker and past the cut-off) at a phone and a desktop
// width, into screenshots/ (gitignored). The call runs on the offline test provider: no daily-js.
// Run after `npx rollup -c`: node scripts/screenshots.mjs
//
// A tiny static server serves dist/cdn and a host page with a strict Content-Security-Policy;
// the tenant API is stubbed with page.route, so nothing leaves the machine.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const cdnDir = join(root, 'dist/cdn');
const outDir = join(root, 'screenshots');
if (!existsSync(join(cdnDir, 'apptkit.js'))) {
  console.error('dist/cdn/apptkit.js is missing: run `npx rollup -c` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const API = 'https://api.apptkit.test';
const CSP = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${API}; img-src 'self'`;

const hostCss = `
  :root { color-scheme: light dark; font: 16px/1.5 Georgia, serif; }
  body { margin: 0; background: #f3f1ec; color: #222; }
  @media (prefers-color-scheme: dark) { body { background: #0e0f12; color: #ddd; } }
  main { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
  h1 { font-size: 1.5rem; margin: 0 0 16px; }
`;

const elements = {
  packages: (expert) => `<appt-packages expert="${expert}" api="${API}" key="pk_test_demo"`,
  // The viewer is in New York (see timezoneId below); the expert's times are Berlin office hours.
  picker: (expert) =>
    `<appt-slot-picker expert="${expert}" package-id="p2" api="${API}" key="pk_test_demo" month="2026-12" min-date="2026-12-01"`,
  call: (_expert, participant) =>
    `<appt-call booking="bk_1" api="${API}" key="pk_test_demo" ${
      participant === 'expert' ? 'participant="expert" expert-token="et_demo"' : 'join-token="jt_demo"'
    }`,
  manage: () => `<appt-my-bookings booking-id="bkg_1" booking-token="jnt_demo" api="${API}" key="pk_test_demo"`,
};
const tags = { packages: 'appt-packages', picker: 'appt-slot-picker', call: 'appt-call', manage: 'appt-my-bookings' };

const page = ({ lang = 'en', theme = '', expert = 'exp_1', element = 'packages', participant = 'client' }) => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${CSP}">
  <link rel="stylesheet" href="/host.css">
  <script type="module" src="/cdn/apptkit.js"></script>
</head>
<body><main>
  <h1>${lang === 'ar' ? 'احجز جلسة مع سارة' : 'Book a session with Sara'}</h1>
  ${elements[element](expert, participant)}${theme ? ` theme="${theme}"` : ''}></${tags[element]}>
</main></body>
</html>`;

const pkg = (overrides) => ({
  expertId: 'exp_1',
  version: 1,
  appointmentType: 'online',
  service: 'video',
  durationMinutes: 50,
  fee: 9000,
  credits: 4,
  sessions: 1,
  breakMinutes: 10,
  country: 'DE',
  currency: 'EUR',
  endMode: 'automatic',
  endTiming: 'scheduled_end',
  description: '',
  ...overrides,
});

const packages = [
  pkg({ id: 'p1', listingOrder: 0, title: 'Intro call', durationMinutes: 30, breakMinutes: 0, fee: 0, credits: null, service: 'audio',
    description: 'A short first conversation to see whether we are a good fit.' }),
  pkg({ id: 'p2', listingOrder: 1, title: 'Career coaching — 3 sessions', sessions: 3, fee: 24000, credits: 10,
    description: 'Three focused video sessions: where you stand, where you want to go, and a concrete plan to get there.' }),
  pkg({ id: 'p3', listingOrder: 2, title: 'Phone consultation', service: 'phone', durationMinutes: 90, breakMinutes: 15, fee: 12050, credits: 5,
    description: 'For when you are on the move.' }),
  pkg({ id: 'p4', listingOrder: 3, title: 'In-person workshop in Berlin', appointmentType: 'face_to_face', service: null,
    durationMinutes: 120, breakMinutes: 30, sessions: 2, fee: 45000, credits: null, location: 'Studio 4, Oranienstraße 25\n10999 Berlin',
    description: 'Two half-day workshops at our studio in Kreuzberg, materials included.' }),
];

const types = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/host.css') {
    res.writeHead(200, { 'Content-Type': 'text/css' }).end(hostCss);
    return;
  }
  if (url.pathname.startsWith('/cdn/')) {
    const file = normalize(join(cdnDir, url.pathname.slice(5)));
    if (file.startsWith(cdnDir) && existsSync(file)) {
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      return;
    }
  }
  if (url.pathname === '/') {
    const params = Object.fromEntries(url.searchParams);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }).end(page(params));
    return;
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const json = (status, body, extra = {}) => ({
  status,
  headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Request-Id', 'Request-Id': 'req_7f3a9c', ...extra },
  body: JSON.stringify(body),
  contentType: extra['Content-Type'] ?? 'application/json',
});

const originNotAllowed = () =>
  json(
    403,
    { type: 'https://apptkit.dev/problems/origin_not_allowed', title: 'Origin not allowed', status: 403, code: 'origin_not_allowed', detail: 'This origin is not on the key’s allow-list.', requestId: 'req_7f3a9c' },
    { 'Content-Type': 'application/problem+json' },
  );

/** Berlin office hours (CET, UTC+1) on weekdays of December 2026 and January 2027, a few already taken. */
const officeHours = (() => {
  const slots = [];
  for (let day = Date.UTC(2026, 11, 1); day < Date.UTC(2027, 1, 1); day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const hour of [8, 9, 10, 13, 14, 16]) {
      if ((day / 86_400_000 + hour) % 4 === 0) continue; // taken
      const start = day + hour * 3_600_000;
      slots.push({ start: new Date(start).toISOString().replace('.000Z', 'Z'), end: new Date(start + 50 * 60_000).toISOString().replace('.000Z', 'Z') });
    }
  }
  return slots;
})();

/** The slots answer for the request's range, from `offered`. */
const slotsAnswer = (offered) => (url) => {
  const from = Date.parse(url.searchParams.get('from'));
  const to = Date.parse(url.searchParams.get('to'));
  const data = offered.filter((slot) => Date.parse(slot.start) >= from && Date.parse(slot.start) < to);
  return json(200, { expertId: 'exp_1', packageId: url.searchParams.get('packageId'), timeZone: 'Europe/Berlin', from: url.searchParams.get('from'), to: url.searchParams.get('to'), data });
};

/** The picker's API: packages for its package, slots from `slots`. */
const pickerApi = (slots) => (url) => (url.pathname.endsWith('/packages') ? json(200, { data: packages }) : slots(url));

/**
 * The call API on the offline test provider: a 30-minute session that started `startedMinutesAgo`
 * minutes ago (by the real clock, which the element measures its offset against).
 */
const callApi = ({ startedMinutesAgo = 5, endMode = 'automatic', service = 'video', tooEarly = false, status } = {}) => (url, method) => {
  const now = Date.now();
  const stamp = (ms) => new Date(ms).toISOString();
  const start = now - startedMinutesAgo * 60_000;
  if (status) {
    return json(status, { type: `https://apptkit.dev/problems/session_ended`, title: 'Session ended', status, code: 'session_ended', detail: 'This session has ended.', requestId: 'req_7f3a9c' }, { 'Content-Type': 'application/problem+json' });
  }
  if (tooEarly) {
    return json(425, { type: 'https://apptkit.dev/problems/too_early', title: 'Too early', status: 425, code: 'too_early', detail: 'The call is not open yet.', joinOpensAt: stamp(now + 4 * 60_000 + 30_000), requestId: 'req_7f3a9c' }, { 'Content-Type': 'application/problem+json' });
  }
  if (method === 'GET') {
    return json(200, { serverTime: stamp(now), clientJoinedAt: stamp(start), endedAt: null, endedBy: null, times: { deadline: null, notifyExpertAt: null, hardStop: null } });
  }
  const role = url.searchParams.get('role') ?? 'client';
  return json(200, {
    bookingId: 'bk_1', role, service, provider: 'test', roomUrl: 'https://test.apptkit.dev/rooms/bk_1', meetingToken: 'mt_test',
    serverTime: stamp(now), scheduledStart: stamp(start), durationMinutes: 30, endMode, endTiming: 'scheduled_end',
    clientJoinedAt: stamp(start), overtimeCapMinutes: 15, times: { deadline: null, notifyExpertAt: null, hardStop: null },
    joinOpensAt: stamp(start - 10 * 60_000), joinClosesAt: stamp(start + 45 * 60_000),
  });
};

/**
 * The booking of the manage page: session 2 of the 3-session package, `daysAhead` days from now
 * (by the real clock, which the element decides the cut-offs by) at 10:00 in Berlin, or within a
 * day at the next full hour after `daysAhead`.
 */
const manageApi = ({ daysAhead = 9 } = {}) => (url) => {
  if (url.pathname.endsWith('/packages')) return json(200, { data: packages });
  if (url.pathname.endsWith('/slots')) return slotsAnswer(officeHours.map((slot) => ({ start: shift(slot.start), end: shift(slot.end) })))(url);
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  // Within a day: the next full hour after that (10:00 in Berlin on that day may have passed).
  const start = daysAhead < 1 ? Math.ceil(day.getTime() / 3_600_000) * 3_600_000 : Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9);
  const stamp = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const booking = {
    id: 'bkg_1', purchaseId: 'pur_1', expertId: 'exp_1', packageId: 'p2', start: stamp(start), end: stamp(start + 50 * 60_000), status: 'booked',
    cancellableUntil: stamp(start - 24 * 3_600_000), reschedulableUntil: stamp(start - 24 * 3_600_000),
  };
  const policy = { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true };
  return json(200, { booking, packageTitle: 'Career coaching — 3 sessions', expertName: 'Sara Lindqvist', durationMinutes: 50, policy });
};
/** Office hours moved to start from next week by the real clock, for the new-time picker. */
const shift = (iso) => new Date(Date.parse(iso) + (Math.floor((Date.now() - Date.UTC(2026, 11, 1)) / (7 * 86_400_000)) + 1) * 7 * 86_400_000).toISOString().replace('.000Z', 'Z');

/** Presses Join. */
const joinCall = async (tab) => tab.locator('appt-call [part~="join-button"]').click();

/** Joins, then leaves: the "ended" view. */
const joinAndLeave = async (tab) => {
  await joinCall(tab);
  await tab.locator('appt-call [part~="leave-button"]').click();
};

/** Chooses December 8 and two of its times, as a client would. */
const chooseTimes = async (tab) => {
  await tab.locator('appt-slot-picker [data-date="2026-12-08"]').click();
  const times = tab.locator('appt-slot-picker [part~="slot"]:not([disabled])');
  await times.nth(0).click();
  await times.nth(2).click();
  await tab.locator('appt-slot-picker [part~="selection-item"]').nth(1).waitFor();
};

/** Presses a part's button inside the booking card. */
const press = (part) => async (tab) => tab.locator(`appt-my-bookings [part~="${part}"]`).first().click();

const states = {
  'manage-booking': { query: { element: 'manage' }, api: manageApi(), ready: '[part~="reschedule-button"]' },
  'manage-cancel-question': { query: { element: 'manage' }, api: manageApi(), ready: '[part~="cancel-button"]', act: press('cancel-button'), after: '[part~="confirm-cancel-button"]' },
  'manage-reschedule': { query: { element: 'manage' }, api: manageApi(), ready: '[part~="reschedule-button"]', act: press('reschedule-button'), after: '[part~="rescheduler"]' },
  'manage-past-cutoff': { query: { element: 'manage' }, api: manageApi({ daysAhead: 0.5 }), ready: '[part~="policy"]' },
  'manage-ar': { query: { element: 'manage', lang: 'ar' }, api: manageApi(), ready: '[part~="reschedule-button"]', act: press('cancel-button'), after: '[part~="confirm-cancel-button"]' },
  'manage-dark': { query: { element: 'manage' }, api: manageApi(), ready: '[part~="reschedule-button"]', act: press('reschedule-button'), after: '[part~="rescheduler"]', colorScheme: 'dark' },

  loading: { query: {}, api: () => new Promise(() => {}), ready: '[part~="skeleton"]' },
  loaded: { query: {}, api: () => json(200, { data: packages }), ready: '[part~="select-button"]' },
  empty: { query: {}, api: () => json(200, { data: [] }), ready: '[part~="empty"]' },
  error: { query: {}, api: originNotAllowed, ready: '[part~="retry-button"]' },
  'ar-rtl': { query: { lang: 'ar' }, api: () => json(200, { data: packages }), ready: '[part~="select-button"]' },
  dark: { query: {}, api: () => json(200, { data: packages }), ready: '[part~="select-button"]', colorScheme: 'dark' },
  'dark-forced-on-light-page': { query: { theme: 'dark' }, api: () => json(200, { data: [] }), ready: '[part~="empty"]' },

  'picker-loading': { query: { element: 'picker' }, api: pickerApi(() => new Promise(() => {})), ready: '[part~="grid"][aria-busy="true"]' },
  'picker-month': { query: { element: 'picker' }, api: pickerApi(slotsAnswer(officeHours)), ready: '[part~="day-available"]' },
  'picker-chosen': { query: { element: 'picker' }, api: pickerApi(slotsAnswer(officeHours)), ready: '[part~="day-available"]', act: chooseTimes },
  'picker-empty': {
    query: { element: 'picker' },
    api: pickerApi(slotsAnswer(officeHours.filter((slot) => slot.start >= '2027-01-05'))),
    ready: '[part~="next-available-button"]',
  },
  'picker-error': { query: { element: 'picker' }, api: originNotAllowed, ready: '[part~="retry-button"]' },
  'picker-ar': { query: { element: 'picker', lang: 'ar' }, api: pickerApi(slotsAnswer(officeHours)), ready: '[part~="day-available"]', act: chooseTimes },
  'call-idle': { query: { element: 'call' }, api: callApi(), ready: '[part~="join-button"]' },
  'call-too-early': { query: { element: 'call' }, api: callApi({ tooEarly: true }), ready: '[part~="join-button"]', act: joinCall, after: '[part~="countdown"]' },
  'call-in-call': { query: { element: 'call' }, api: callApi(), ready: '[part~="join-button"]', act: joinCall, after: '[part~="leave-button"]' },
  'call-audio': { query: { element: 'call' }, api: callApi({ service: 'audio' }), ready: '[part~="join-button"]', act: joinCall, after: '[part~="leave-button"]' },
  'call-time-up-expert': {
    query: { element: 'call', participant: 'expert' },
    api: callApi({ endMode: 'by_expert', startedMinutesAgo: 33 }),
    ready: '[part~="join-button"]',
    act: joinCall,
    after: '[part~="end-button"]',
  },
  'call-time-up-client': { query: { element: 'call' }, api: callApi({ endMode: 'by_expert', startedMinutesAgo: 33 }), ready: '[part~="join-button"]', act: joinCall, after: '[part~="notice"]' },
  'call-ended': { query: { element: 'call' }, api: callApi(), ready: '[part~="join-button"]', act: joinAndLeave, after: '[part~="ended"]' },
  'call-error': { query: { element: 'call' }, api: callApi({ status: 410 }), ready: '[part~="join-button"]', act: joinCall, after: '[part~="error"]' },
  'call-ar': { query: { element: 'call', lang: 'ar' }, api: callApi(), ready: '[part~="join-button"]', act: joinCall, after: '[part~="leave-button"]' },
  'call-dark': { query: { element: 'call' }, api: callApi(), ready: '[part~="join-button"]', act: joinCall, after: '[part~="leave-button"]', colorScheme: 'dark' },
  'picker-dark': {
    query: { element: 'picker' },
    api: pickerApi(slotsAnswer(officeHours)),
    ready: '[part~="day-available"]',
    act: chooseTimes,
    colorScheme: 'dark',
  },
};

const browser = await chromium.launch({
  executablePath: chromiumExecutable,
  args: [...chromiumArgs],
});
const problems = [];
try {
  for (const width of [360, 1024]) {
    for (const [name, state] of Object.entries(states)) {
      const context = await browser.newContext({
        viewport: { width, height: 720 },
        colorScheme: state.colorScheme ?? 'light',
        locale: 'en-US',
        timezoneId: 'America/New_York',
      });
      const tab = await context.newPage();
      tab.on('console', (msg) => {
        // The browser itself logs every 4xx answer; the error state asks for one on purpose.
        const expected =
          (name.endsWith('error') && /status of (403|410)/.test(msg.text())) || (name === 'call-too-early' && msg.text().includes('status of 425'));
        if (!expected && (msg.type() === 'error' || msg.type() === 'warning')) problems.push(`${name}@${width}: ${msg.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`${name}@${width}: ${error.message}`));
      await tab.route(`${API}/**`, async (route) => {
        if (route.request().method() === 'OPTIONS') {
          await route.fulfill({
            status: 204,
            headers: {
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Allow-Methods': 'GET, POST',
              'Access-Control-Allow-Headers': 'Authorization, Content-Type, Apptkit-Join, Apptkit-Expert',
            },
          });
          return;
        }
        const request = route.request();
        const url = new URL(request.url());
        // The call's join body names the role; pass it on as if it were a query parameter.
        const body = request.postData();
        if (body) url.searchParams.set('role', JSON.parse(body).role);
        const answer = await state.api(url, request.method());
        await route.fulfill(answer);
      });
      await tab.goto(`${origin}/?${new URLSearchParams(state.query)}`);
      const element = state.query.element ?? 'packages';
      await tab.locator(`${tags[element]} ${state.ready}`).first().waitFor({ timeout: 10_000 });
      if (state.act) await state.act(tab);
      if (state.after) await tab.locator(`${tags[element]} ${state.after}`).first().waitFor({ timeout: 10_000 });
      // eslint-disable-next-line no-undef -- this function runs in the page, where `document` exists
      await tab.evaluate(() => document.fonts.ready);
      const file = join(outDir, `${/^(picker|call|manage)-/.test(name) ? name : `packages-${name}`}-${width}.png`);
      await tab.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      console.log('wrote', file.replace(`${root}`, ''));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`\nConsole problems (CSP violations would show here):\n${problems.join('\n')}`);
  process.exitCode = 1;
}
