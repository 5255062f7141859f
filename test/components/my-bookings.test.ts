import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/my-bookings/define.js';
import type { ApptMyBookings } from '../../src/components/my-bookings/my-bookings.component.js';
import type { Booking, Purchase } from '../../src/client/types.js';
import type { Slot } from '../../src/client/index.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { MyBookingsHarness } from './harness/my-bookings-harness.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { FakeDaily } from './harness/fake-daily.js';
import { gate, makePackage } from './harness/fixtures.js';
import { alignedSide, breaksLineAtNewline } from './harness/line-breaks.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';
const MY_BOOKINGS = '*/v1/me/bookings';
const PACKAGES = '*/v1/experts/:expertId/packages';
const SLOTS = '*/v1/experts/:expertId/slots';
const BOOKINGS = '*/v1/bookings';
const JOIN = '*/v1/bookings/:bookingId/join';
const CALL_STATE = '*/v1/bookings/:bookingId/call';
const CODES = '*/v1/sign-in/codes';
const TOKENS = '*/v1/sign-in/tokens';

const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The element's clock in most tests: Monday, May 5, 2031, 10:00 AM in New York. */
const NOW = Date.parse('2031-05-05T14:00:00Z');

const VIDEO = makePackage({ id: 'p_video', expertId: 'exp_1', title: 'Career coaching', service: 'video', sessions: 3, durationMinutes: 50, breakMinutes: 10 });
const OFFICE_ADDRESS = 'Caferağa Mah.\nModa Cad. 12/3, 34710 Kadıköy, İstanbul';
const OFFICE = makePackage({ id: 'p_office', expertId: 'exp_1', title: 'Office visit', appointmentType: 'face_to_face', service: null, location: OFFICE_ADDRESS, sessions: 1 });
const AUDIO = makePackage({ id: 'p_audio', expertId: 'exp_2', title: 'Quick call', service: 'audio', durationMinutes: 30, sessions: 1 });

function booking(id: string, pkg: Pick<AppointmentPackage, 'id' | 'expertId'>, start: number, minutes: number, purchaseId = `pu_${id}`): Booking {
  return { id, purchaseId, expertId: pkg.expertId, packageId: pkg.id, start: iso(start), end: iso(start + minutes * MINUTE) };
}

function purchase(id: string, pkg: Pick<AppointmentPackage, 'id' | 'expertId'>, total: number, used: number): Purchase {
  return {
    id,
    customerId: 'cus_ada',
    packageId: pkg.id,
    expertId: pkg.expertId,
    method: 'card',
    status: 'paid',
    amount: 12000,
    currency: 'USD',
    credits: null,
    provider: 'test',
    sessionsTotal: total,
    sessionsUsed: used,
    createdAt: '2031-04-01T10:00:00Z',
  };
}

/** The mocked server's state; tests change it. */
let server: {
  bookings: Booking[];
  purchases: Purchase[];
  packages: Record<string, AppointmentPackage[]>;
  slots: Slot[];
  validTokens: Set<string>;
};
let requests: { method: string; path: string; body: Record<string, unknown>; customer: string | null; key: string | null }[] = [];

async function remember(request: Request): Promise<Record<string, unknown>> {
  const text = await request.clone().text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  requests.push({
    method: request.method,
    path: new URL(request.url).pathname,
    body,
    customer: request.headers.get('apptkit-customer'),
    key: request.headers.get('idempotency-key'),
  });
  return body;
}

const requestsTo = (path: string | RegExp, method = 'GET') =>
  requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': `req_${code}` } },
  );
}

/** A customer route's answer: 401 without a token the server knows. */
function refusal(request: Request): Response | undefined {
  const token = request.headers.get('apptkit-customer');
  if (!token) return problem(401, 'customer_required');
  if (!server.validTokens.has(token)) return problem(401, 'invalid_customer_token');
  return undefined;
}

/** Books `starts` of purchase `purchaseId` on the mocked server, as the real one would. */
function bookOnServer(purchaseId: string, starts: string[]) {
  const bought = server.purchases.find((p) => p.id === purchaseId)!;
  const pkg = Object.values(server.packages).flat().find((p) => p.id === bought.packageId)!;
  const made = starts.map((start, i) => booking(`bk_new_${requests.length}_${i}`, pkg, Date.parse(start), pkg.durationMinutes, purchaseId));
  const updated = { ...bought, sessionsUsed: bought.sessionsUsed + starts.length };
  server.bookings = [...server.bookings, ...made].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  server.purchases = server.purchases.map((p) => (p.id === purchaseId ? updated : p)).filter((p) => p.sessionsUsed < p.sessionsTotal);
  return { purchase: updated, bookings: made, emailSent: true };
}

const worker = setupWorker(
  http.get(MY_BOOKINGS, async ({ request }) => {
    await remember(request);
    return refusal(request) ?? HttpResponse.json({ bookings: server.bookings, purchases: server.purchases, pastBookings: [] });
  }),
  http.get(PACKAGES, async ({ request, params }) => {
    await remember(request);
    const data = server.packages[String(params.expertId)];
    return data ? HttpResponse.json({ data }) : problem(404, 'not_found');
  }),
  http.get(SLOTS, async ({ request, params }) => {
    await remember(request);
    const url = new URL(request.url);
    const from = Date.parse(url.searchParams.get('from')!);
    const to = Date.parse(url.searchParams.get('to')!);
    const data = server.slots.filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to);
    return HttpResponse.json({ expertId: params.expertId, packageId: url.searchParams.get('packageId'), timeZone: 'Europe/Berlin', from: url.searchParams.get('from'), to: url.searchParams.get('to'), data });
  }),
  http.post(BOOKINGS, async ({ request }) => {
    const body = (await remember(request)) as { purchaseId: string; starts: string[] };
    return refusal(request) ?? HttpResponse.json(bookOnServer(body.purchaseId, body.starts), { status: 201 });
  }),
  http.post(JOIN, async ({ request, params }) => {
    await remember(request);
    const found = server.bookings.find((b) => b.id === params.bookingId)!;
    return (
      refusal(request) ??
      HttpResponse.json({
        bookingId: found.id,
        role: 'client',
        service: 'video',
        provider: 'daily',
        roomUrl: `https://apptkit.daily.co/${found.id}`,
        meetingToken: 'mt_client',
        serverTime: iso(NOW),
        scheduledStart: found.start,
        durationMinutes: 50,
        endMode: 'automatic',
        endTiming: 'scheduled_end',
        clientJoinedAt: iso(NOW),
        overtimeCapMinutes: 15,
        times: { deadline: null, notifyExpertAt: null, hardStop: null },
        joinOpensAt: iso(Date.parse(found.start) - 10 * MINUTE),
        joinClosesAt: found.end,
      })
    );
  }),
  http.get(CALL_STATE, async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ serverTime: iso(NOW), clientJoinedAt: iso(NOW), endedAt: null, endedBy: null, times: { deadline: null, notifyExpertAt: null, hardStop: null } });
  }),
  http.post(CODES, async ({ request }) => (await remember(request), HttpResponse.json({ expiresAt: '2031-05-05T14:15:00Z' }, { status: 202 }))),
  http.post(TOKENS, async ({ request }) => {
    await remember(request);
    server.validTokens.add('ctk_new');
    return HttpResponse.json(
      { token: 'ctk_new', expiresAt: '2031-05-05T18:00:00Z', customer: { id: 'cus_ada', email: 'ada@example.com', name: 'Ada', credits: 0 } },
      { status: 201 },
    );
  }),
);

/** Six 50-minute times four days after NOW (the element's clock, which its picker's calendar follows), 9 AM to 2 PM in New York; no booking is then. */
function freeSlots(): Slot[] {
  const day = new Date(NOW + 4 * 24 * 3_600_000);
  const base = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 13);
  return Array.from({ length: 6 }, (_, i) => ({ start: iso(base + i * 60 * MINUTE), end: iso(base + i * 60 * MINUTE + 50 * MINUTE) }));
}

interface MountOptions {
  attributes?: string;
  width?: number;
  now?: () => number;
  setup?: (el: ApptMyBookings) => void;
}

/**
 * Mounts "my bookings" for Ada (token `ctk_ada`), a New York viewer in US English, in a box
 * `width` wide; `attributes` come first and so win over those defaults. Properties are set
 * before it connects, as a host page would.
 */
async function mount({ attributes = '', width = 640, now = () => NOW, setup }: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const daily = new FakeDaily();
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-my-bookings ${attributes} api="${API}" key="pk_test_demo" customer-token="ctk_ada" time-zone="America/New_York" lang="en-US"></appt-my-bookings>`;
  const el = document.createElement('appt-my-bookings');
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  el.now = now;
  el.callFactory = daily.factory;
  setup?.(el);
  wrapper.append(el);
  await el.updateComplete;
  return { el, wrapper, daily, ui: new MyBookingsHarness(el) };
}

/** Mounts and opens the scheduler of "Career coaching" (2 of 3 sessions left). */
async function scheduling(options: MountOptions = {}) {
  const mounted = await mount(options);
  await mounted.ui.waitFor('loaded');
  await mounted.ui.schedule('Career coaching');
  return mounted;
}

describe('<appt-my-bookings>', () => {
  // Each test starts in a fresh tab: no customer signed in by an earlier test; tokens judged at NOW.
  beforeEach(() => resetPageSessions({ now: () => NOW }));
  // … and without a time zone chosen by an earlier test.
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    server = {
      bookings: [
        booking('bk_soon', VIDEO, NOW + 5 * MINUTE, 50, 'pu_video'),
        booking('bk_office', OFFICE, Date.parse('2031-05-06T13:00:00Z'), 60),
        booking('bk_audio', AUDIO, Date.parse('2031-05-07T18:00:00Z'), 30),
      ],
      purchases: [purchase('pu_video', VIDEO, 3, 1)],
      packages: { exp_1: [VIDEO, OFFICE], exp_2: [AUDIO] },
      slots: freeSlots(),
      validTokens: new Set(['ctk_ada', 'ctk_fresh']),
    };
    requests = [];
  });
  afterEach(() => worker.resetHandlers());

  it('renders the upcoming sessions in the viewer’s zone and the sessions still to schedule', async () => {
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.bookingRows()).to.deep.equal([
      ['Career coaching', 'Mon, May 5, 10:05 – 10:55 AM', 'Online · Video call'],
      ['Office visit', 'Tue, May 6, 9:00 – 10:00 AM', 'Face to face'],
      ['Quick call', 'Wed, May 7, 2:00 – 2:30 PM', 'Online · Audio call'],
    ]);
    expect(ui.text(ui.part('zone'))).to.equal('Times are shown in Eastern Time (New York).');
    expect(ui.bookings()[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(iso(NOW + 5 * MINUTE));
    expect(ui.purchases().map((card) => [ui.text(ui.part('card-title', card)), ui.text(ui.part('meta', card))])).to.deep.equal([
      ['Career coaching', '2 of 3 sessions left'],
    ]);
    expect(requestsTo('/v1/me/bookings').map((r) => r.customer)).to.deep.equal(['ctk_ada']);
  });

  it('loads the packages of each expert once, and shows a package that is gone by a placeholder title', async () => {
    server.bookings.push(booking('bk_gone', { id: 'p_gone', expertId: 'exp_2' }, Date.parse('2031-05-08T18:00:00Z'), 30));
    server.purchases.push(purchase('pu_gone', { id: 'p_gone', expertId: 'exp_2' }, 2, 0));
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.bookingRows().at(-1)).to.deep.equal(['A package no longer offered', 'Thu, May 8, 2:00 – 2:30 PM', '']);
    const gone = ui.purchase('A package no longer offered');
    expect(ui.part('schedule-button', gone)).to.equal(null);
    expect(ui.text(gone)).to.contain('This package is no longer offered');
    expect(requestsTo(/\/packages$/).map((r) => r.path).sort()).to.deep.equal(['/v1/experts/exp_1/packages', '/v1/experts/exp_2/packages']);
    await ui.element.reload();
    await ui.waitFor('loaded');
    expect(requestsTo(/\/packages$/).length).to.equal(2);
  });

  it('takes the packages the answer sends (an archived one included) and loads no expert list for them', async () => {
    const archived = makePackage({ id: 'p_archived', expertId: 'exp_2', title: 'Studio visit', appointmentType: 'face_to_face', service: null, location: 'Torstraße 49', archived: true });
    server.bookings = [booking('bk_studio', archived, NOW + 60 * MINUTE, 60)];
    server.purchases = [purchase('pu_studio', archived, 2, 1)];
    worker.use(
      http.get(MY_BOOKINGS, async ({ request }) => {
        await remember(request);
        return HttpResponse.json({ bookings: server.bookings, purchases: server.purchases, pastBookings: [], packages: [archived] });
      }),
    );
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.bookingRows()).to.deep.equal([['Studio visit', 'Mon, May 5, 11:00 AM – 12:00 PM', 'Face to face']]);
    expect(ui.text(ui.part('location', ui.booking('Studio visit')))).to.contain('Torstraße 49');
    expect(ui.text(ui.part('meta', ui.purchase('Studio visit')))).to.equal('1 of 2 sessions left');
    expect(requestsTo(/\/packages$/)).to.deep.equal([]);
  });

  it('shows a face-to-face booking’s address with its line breaks, read out as the address, and offers no Join', async () => {
    server.bookings = [booking('bk_office', OFFICE, NOW + 5 * MINUTE, 60), booking('bk_soon', VIDEO, NOW + 5 * MINUTE, 50)];
    const { ui } = await mount();
    await ui.waitFor('loaded');
    const office = ui.booking('Office visit');
    const place = ui.part('location', office)!;
    const value = place.querySelector('.address')!;
    expect([value.textContent, breaksLineAtNewline(value)]).to.deep.equal([OFFICE_ADDRESS, true]);
    expect(place.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Address: Caferağa Mah. Moda Cad. 12/3, 34710 Kadıköy, İstanbul');
    expect(ui.part('join-button', office)).to.equal(null);
    expect(ui.part('location', ui.booking('Career coaching'))).to.equal(null);
    expect(ui.part('join-button', ui.booking('Career coaching'))).not.to.equal(null);
    await expect(ui.element).to.be.accessible();
  });

  describe('is accessible', () => {
    it('loaded, and while loading without moving anything (narrow and wide)', async () => {
      for (const width of [360, 1024]) {
        const hold = gate();
        worker.use(http.get(MY_BOOKINGS, async () => (await hold.promise, HttpResponse.json({ bookings: server.bookings.slice(0, 2), purchases: server.purchases, pastBookings: [] }))));
        server.bookings[1] = booking('bk_later', VIDEO, NOW + 3 * 60 * MINUTE, 50);
        const { el, ui } = await mount({ width });
        await ui.waitFor('loading');
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
        expect(ui.text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading your bookings…');
        await expect(el).to.be.accessible();
        const loading = el.getBoundingClientRect();
        hold.open();
        await ui.waitFor('loaded');
        const loaded = el.getBoundingClientRect();
        expect(Math.abs(loaded.height - loading.height), `height at ${width}px`).to.be.below(1);
        await expect(el).to.be.accessible();
        worker.resetHandlers();
      }
    });

    it('empty', async () => {
      server.bookings = [];
      server.purchases = [];
      const { el, ui } = await mount();
      await ui.waitFor('loaded');
      expect(ui.text(ui.part('empty'))).to.equal('No upcoming bookings.');
      expect(ui.part('schedule-button')).to.equal(null);
      await expect(el).to.be.accessible();
      el.innerHTML = '<p slot="empty">Nothing booked yet. <a href="#book">Book a session</a>.</p>';
      const slot = ui.part('empty')!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Nothing booked yet. Book a session.']);
      await expect(el).to.be.accessible();
    });

    it('failed, and Try again loads', async () => {
      let failing = true;
      worker.use(http.get(MY_BOOKINGS, () => (failing ? problem(500, 'internal') : undefined)));
      const { el, ui } = await mount();
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-message'))).to.equal('Something went wrong on our side. Please try again in a moment.');
      expect(ui.text(ui.part('error-detail'))).to.equal('Reference: req_internal');
      await expect(el).to.be.accessible();
      failing = false;
      (ui.part('retry-button') as HTMLButtonElement).click();
      await ui.waitFor('loaded');
      expect(ui.bookings().length).to.equal(3);
    });

    it('signed out, with the sign-in form inside', async () => {
      const { el, ui } = await mount({ attributes: 'customer-token=""' });
      await ui.waitFor('signed-out');
      await ui.signIn().waitFor('email');
      await expect(el).to.be.accessible();
      expect(requestsTo('/v1/me/bookings')).to.deep.equal([]);
    });

    it('scheduling, with times chosen and a failed booking', async () => {
      worker.use(http.post(BOOKINGS, () => problem(409, 'slot_taken', { errors: [{ field: 'starts[0]', code: 'slot_taken', message: 'taken' }] })));
      const { el, ui } = await scheduling();
      await ui.chooseTimes(2);
      await expect(el).to.be.accessible();
      ui.bookButton().click();
      await ui.until(() => ui.part('booking-error') !== null, 'no booking error');
      await expect(el).to.be.accessible();
    });

    it('with a call open', async () => {
      const { el, ui } = await mount();
      await ui.waitFor('loaded');
      (ui.part('join-button', ui.booking('Career coaching')) as HTMLButtonElement).click();
      await ui.until(() => ui.root.querySelector('appt-call') !== null, 'no call');
      await ui.call().waitFor('in-call');
      await expect(el).to.be.accessible();
    });
  });

  describe('signed out', () => {
    it('shows the sign-in form in its place, and the bookings once signed in there', async () => {
      const { ui } = await mount({ attributes: 'customer-token=""' });
      await ui.waitFor('signed-out');
      expect(ui.text(ui.part('sign-in-prompt'))).to.equal('Sign in to see your bookings and schedule your sessions.');
      const form = ui.signIn();
      await form.waitFor('email');
      expect(() => form.field('Your name (optional)')).to.throw();
      await form.fill('E-mail address', 'ada@example.com');
      await form.press('Enter');
      await form.waitFor('code');
      await form.fill('6-digit code', '123456');
      await form.press('Enter');
      await ui.waitFor('loaded');
      expect(requestsTo('/v1/me/bookings').map((r) => r.customer)).to.deep.equal(['ctk_new']);
      expect(ui.bookings().length).to.equal(3);
      await ui.until(() => ui.root.activeElement?.id === 'upcoming-heading', 'focus did not move to the bookings');
    });

    it('a refused token: renews it once through getCustomerToken and loads', async () => {
      let asked = 0;
      const { ui } = await mount({ attributes: 'customer-token="ctk_stale"', setup: (el) => (el.getCustomerToken = () => (asked++, 'ctk_fresh')) });
      await ui.waitFor('loaded');
      expect(asked).to.equal(1);
      expect(requestsTo('/v1/me/bookings').map((r) => r.customer)).to.deep.equal(['ctk_stale', 'ctk_fresh']);
    });

    it('a refused token and a refused renewal: shows the sign-in form, asking the provider once', async () => {
      let asked = 0;
      const { ui } = await mount({ attributes: 'customer-token="ctk_stale"', setup: (el) => (el.getCustomerToken = () => (asked++, 'ctk_stale_too')) });
      await ui.waitFor('signed-out');
      await ui.signIn().waitFor('email');
      expect(requestsTo('/v1/me/bookings').map((r) => r.customer)).to.deep.equal(['ctk_stale', 'ctk_stale_too']);
      expect(asked).to.equal(1);
    });

    it('a provider that has no token: shows the sign-in form', async () => {
      const { ui } = await mount({ attributes: 'customer-token=""', setup: (el) => (el.getCustomerToken = () => undefined) });
      await ui.waitFor('signed-out');
      expect(requestsTo('/v1/me/bookings')).to.deep.equal([]);
    });
  });

  describe('joining', () => {
    it('offers Join from 10 minutes before the start; it opens the call inline with the signed-in customer’s client', async () => {
      const { ui, daily } = await mount();
      await ui.waitFor('loaded');
      const soon = ui.booking('Career coaching');
      const join = ui.part('join-button', soon) as HTMLButtonElement;
      expect(ui.text(join)).to.equal('Join: Career coaching');
      expect(ui.part('join-button', ui.booking('Office visit'))).to.equal(null);
      expect(ui.text(ui.part('join-note', ui.booking('Quick call')))).to.equal('You can join from 1:50 PM.');
      join.click();
      await ui.until(() => ui.root.querySelector('appt-call') !== null, 'no call');
      const call = ui.call();
      await call.waitFor('in-call');
      expect(call.element.getAttribute('booking')).to.equal('bk_soon');
      expect(call.element.getAttribute('participant')).to.equal('client');
      const joins = requestsTo('/v1/bookings/bk_soon/join', 'POST');
      expect(joins.map((r) => [r.customer, r.body])).to.deep.equal([['ctk_ada', { role: 'client' }]]);
      expect(daily.frames.length).to.equal(1);
      expect(daily.last.options.url).to.equal('https://apptkit.daily.co/bk_soon');
      expect(ui.part('join-button', soon)).to.equal(null);
    });

    it('turns the note into Join when the moment comes, and drops a session once it has ended', async () => {
      // The element's clock stands 300 ms before Join opens for the first booking (and before the
      // other one ends); the element's timer for that moment finds it passed once the test moves it.
      const start = NOW + 10 * MINUTE;
      server.bookings = [booking('bk_ending', AUDIO, NOW - 30 * MINUTE, 30), booking('bk_next', VIDEO, start, 50)];
      let clock = start - 10 * MINUTE - 300;
      const { ui } = await mount({ now: () => clock });
      await ui.waitFor('loaded');
      expect(ui.text(ui.part('join-note', ui.booking('Career coaching')))).to.equal('You can join from 10:00 AM.');
      expect(ui.part('join-button', ui.booking('Quick call'))).not.to.equal(null);
      clock = start - 10 * MINUTE + 1;
      await ui.until(() => ui.part('join-button', ui.booking('Career coaching')) !== null, 'Join never appeared');
      await ui.until(() => ui.bookings().length === 1, 'the ended session stayed');
      expect(ui.bookingRows().map((row) => row[0])).to.deep.equal(['Career coaching']);
      expect(requestsTo('/v1/me/bookings').length).to.equal(1);
    });
  });

  describe('scheduling', () => {
    it('limits the picker to the sessions left and books the chosen times once, with one Idempotency-Key', async () => {
      const { ui } = await scheduling();
      const button = ui.part('schedule-button', ui.purchase('Career coaching'))!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const picker = ui.picker();
      await ui.until(() => picker.chosenCount() === '0 of 2 sessions chosen', `count: ${picker.chosenCount()}`);
      expect(ui.bookButton().disabled).to.equal(true);
      await ui.chooseTimes(2);
      expect(picker.chosenCount()).to.equal('2 of 2 sessions chosen');
      expect(picker.enabledTimes().length).to.equal(2);
      expect(ui.text(ui.bookButton())).to.equal('Book 2 sessions');
      const chosen = picker.element.value.map((slot) => slot.start);
      ui.bookButton().click();
      ui.bookButton().click();
      await ui.until(() => ui.announcement() === '2 sessions booked.', `announced: ${ui.announcement()}`);
      const posts = requestsTo('/v1/bookings', 'POST');
      expect(posts.map((r) => [r.body, r.customer])).to.deep.equal([
        [{ purchaseId: 'pu_video', starts: chosen, locale: 'en-US', timeZone: 'America/New_York' }, 'ctk_ada'],
      ]);
      expect(posts[0]!.key).to.match(/^[0-9a-f-]{36}$/);
      await ui.until(() => ui.bookings().length === 5, 'the new bookings are not listed');
      const listed = ui.bookings().map((card) => card.querySelector('time')!.getAttribute('datetime')!);
      expect(listed.filter((start) => chosen.includes(start))).to.deep.equal(chosen);
      expect(listed).to.deep.equal([...listed].sort());
      expect(ui.purchases()).to.deep.equal([]);
      expect(ui.root.querySelector('appt-slot-picker')).to.equal(null);
      expect(requestsTo('/v1/me/bookings').length).to.equal(2);
    });

    it('keeps its events inside: the picker’s choice does not reach the page', async () => {
      const heard: string[] = [];
      const listen = (event: Event) => heard.push(event.type);
      document.addEventListener('appt-slot-select', listen);
      document.addEventListener('change', listen);
      try {
        const { ui } = await scheduling();
        await ui.chooseTimes(1);
        expect(ui.text(ui.bookButton())).to.equal('Book 1 session');
      } finally {
        document.removeEventListener('appt-slot-select', listen);
        document.removeEventListener('change', listen);
      }
      expect(heard).to.deep.equal([]);
    });

    it('after a lost connection, Try again sends the same attempt with the same key; other times get a new key', async () => {
      let fail = 2;
      worker.use(
        http.post(BOOKINGS, async ({ request }) => {
          const body = (await remember(request)) as { purchaseId: string; starts: string[] };
          if (fail-- > 0) return HttpResponse.error();
          return HttpResponse.json(bookOnServer(body.purchaseId, body.starts), { status: 201 });
        }),
      );
      const { ui } = await scheduling();
      await ui.chooseTimes(1);
      ui.bookButton().click();
      await ui.until(() => ui.part('retry-button', ui.part('scheduler')!) !== null, 'no retry');
      expect(ui.text(ui.part('error-message', ui.part('booking-error')!))).to.equal('The server could not be reached. Check your connection and try again.');
      (ui.part('retry-button', ui.part('scheduler')!) as HTMLButtonElement).click();
      await ui.until(() => requestsTo('/v1/bookings', 'POST').length === 2 && ui.part('retry-button', ui.part('scheduler')!) !== null, 'no second failure');
      await ui.chooseTimes(1);
      ui.bookButton().click();
      await ui.until(() => ui.announcement() === '2 sessions booked.', `announced: ${ui.announcement()}`);
      const keys = requestsTo('/v1/bookings', 'POST').map((r) => r.key);
      expect(keys[0]).to.equal(keys[1]);
      expect(keys[2]).not.to.equal(keys[1]);
      expect(requestsTo('/v1/bookings', 'POST').map((r) => (r.body.starts as string[]).length)).to.deep.equal([1, 1, 2]);
    });

    it('a time someone just took: says so, drops that time, keeps the others, and reloads the picker', async () => {
      worker.use(
        http.post(BOOKINGS, async ({ request }) => {
          await remember(request);
          return problem(409, 'slot_taken', { errors: [{ field: 'starts[1]', code: 'slot_taken', message: 'starts[1] is already held or booked.' }] });
        }),
      );
      const { ui } = await scheduling();
      await ui.chooseTimes(2);
      const [kept, taken] = ui.picker().element.value.map((slot) => slot.start);
      const slotLoads = requestsTo(/\/slots$/).length;
      server.slots = server.slots.filter((slot) => slot.start !== taken);
      ui.bookButton().click();
      await ui.until(() => ui.part('booking-error') !== null, 'no message');
      expect(ui.text(ui.part('error-message', ui.part('booking-error')!))).to.equal('Someone just took that time. Please choose another; your other times are kept.');
      await ui.until(() => requestsTo(/\/slots$/).length > slotLoads, 'the picker did not reload');
      expect(ui.picker().element.value.map((slot) => slot.start)).to.deep.equal([kept]);
      expect(ui.text(ui.bookButton())).to.equal('Book 1 session');
      // The reload was asked for above; its answer (without the taken time) renders a moment later.
      await ui.until(() => ui.picker().times().length === 5, `times after the reload: ${ui.picker().times().length}`);
    });

    it('times the server refuses (422): says so', async () => {
      worker.use(http.post(BOOKINGS, () => problem(422, 'validation_failed', { errors: [{ field: 'starts', code: 'too_many', message: 'too many' }] })));
      const { ui } = await scheduling();
      await ui.chooseTimes(1);
      ui.bookButton().click();
      await ui.until(() => ui.part('booking-error') !== null, 'no message');
      expect(ui.text(ui.part('error-message', ui.part('booking-error')!))).to.equal('These times can no longer be booked. Please choose others.');
      expect(ui.part('retry-button', ui.part('scheduler')!)).to.equal(null);
    });

    it('Close hides the picker and gives focus back to Schedule', async () => {
      const { ui } = await scheduling();
      const button = ui.part('schedule-button', ui.purchase('Career coaching')) as HTMLButtonElement;
      expect(ui.text(button)).to.equal('Close: Career coaching');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await ui.element.updateComplete;
      expect(ui.root.querySelector('appt-slot-picker')).to.equal(null);
      expect(ui.root.activeElement).to.equal(ui.part('schedule-button', ui.purchase('Career coaching')));
      expect(ui.text(ui.root.activeElement)).to.equal('Schedule: Career coaching');
    });
  });

  describe('languages', () => {
    it('speaks German', async () => {
      const { ui } = await mount({ attributes: 'lang="de"' });
      await ui.until(() => ui.text(ui.part('heading')) === 'Anstehende Sitzungen', 'no German');
      expect(ui.text(ui.part('meta', ui.purchase('Career coaching')))).to.equal('2 von 3 Sitzungen übrig');
      expect(ui.base().dir).to.equal('ltr');
    });

    it('speaks Turkish', async () => {
      const { ui } = await mount({ attributes: 'lang="tr"' });
      await ui.until(() => ui.text(ui.part('heading')) === 'Yaklaşan seanslar', 'no Turkish');
      expect(ui.text(ui.part('join-button'))).to.equal('Katıl: Career coaching');
    });

    it('speaks Arabic right to left', async () => {
      const { ui } = await mount({ attributes: 'lang="ar"' });
      await ui.until(() => ui.text(ui.part('heading')) === 'الجلسات القادمة', 'no Arabic');
      expect(ui.base().getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(ui.base()).direction).to.equal('rtl');
      expect(ui.text(ui.part('schedule-button'))).to.equal('حدّد المواعيد: Career coaching');
      expect(ui.text(ui.base())).to.contain('الأوقات معروضة حسب التوقيت الشرقي');
      expect(ui.text(ui.base())).not.to.match(/توقيت\s+توقيت/);
      // A Latin address keeps its own direction on the right-to-left page.
      const address = ui.part('location', ui.booking('Office visit'))!.querySelector('.address')!;
      expect(getComputedStyle(address.querySelector('bdi')!).direction).to.equal('ltr');
      expect(alignedSide(address)).to.equal('right', 'aligned with the card, not with its own direction');
      expect(ui.part('location', ui.booking('Office visit'))!.textContent).to.contain('العنوان');
    });
  });

  for (const width of [320, 1024]) {
    it(`fits ${width}px without horizontal overflow, with targets of at least 44px`, async () => {
      const { ui } = await scheduling({ width });
      await ui.chooseTimes(1);
      const base = ui.base();
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(ui.picker().base().scrollWidth).to.be.at.most(ui.picker().base().clientWidth);
      for (const button of ui.root.querySelectorAll('button')) {
        expect(button.getBoundingClientRect().height, ui.text(button)).to.be.at.least(44);
      }
    });
  }

  describe('the visitor’s time zone', () => {
    /** A slot picker elsewhere on the page (a booking widget), without a zone of its own. */
    async function pickerOnPage() {
      const picker = document.createElement('appt-slot-picker');
      for (const [name, value] of Object.entries({ expert: 'exp_1', 'package-id': VIDEO.id, api: API, key: 'pk_test_demo', lang: 'en-US' })) {
        picker.setAttribute(name, value);
      }
      picker.now = () => NOW;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(picker);
      const ui = new SlotPickerHarness(picker);
      await ui.until(() => !!ui.part('zone-select'), 'the picker shows no zone switcher');
      return ui;
    }

    const PACIFIC_ROWS = [
      ['Career coaching', 'Mon, May 5, 7:05 – 7:55 AM', 'Online · Video call'],
      ['Office visit', 'Tue, May 6, 6:00 – 7:00 AM', 'Face to face'],
      ['Quick call', 'Wed, May 7, 11:00 – 11:30 AM', 'Online · Audio call'],
    ];

    it('follows the zone the visitor switches to in a picker of the page, at once, and keeps it after a reload', async () => {
      const picker = await pickerOnPage();
      const { el, ui } = await mount({ attributes: 'time-zone=""' }); // the host set none
      await ui.waitFor('loaded');
      await picker.switchZone('America/Los_Angeles');
      await ui.until(() => ui.text(ui.part('zone')).includes('Pacific'), `zone: ${ui.text(ui.part('zone'))}`);
      expect(ui.bookingRows()).to.deep.equal(PACIFIC_ROWS);
      expect(ui.text(ui.part('zone'))).to.equal('Times are shown in Pacific Time (Los Angeles).');

      // A reload: the page starts again in the same tab.
      el.remove();
      resetPageSessions({ keepTab: true, now: () => NOW });
      resetVisitorZone({ keepTab: true });
      const reloaded = await mount({ attributes: 'time-zone=""' });
      await reloaded.ui.waitFor('loaded');
      expect(reloaded.ui.bookingRows()).to.deep.equal(PACIFIC_ROWS);
    });

    it('shows its own time-zone over the visitor’s choice', async () => {
      const picker = await pickerOnPage();
      await picker.switchZone('America/Los_Angeles');
      const { ui } = await mount(); // time-zone="America/New_York"
      await ui.waitFor('loaded');
      expect(ui.bookingRows()[0]).to.deep.equal(['Career coaching', 'Mon, May 5, 10:05 – 10:55 AM', 'Online · Video call']);
      expect(ui.text(ui.part('zone'))).to.equal('Times are shown in Eastern Time (New York).');
    });

    it('opens its picker in the visitor’s zone, and books with that zone and its language for the e-mails', async () => {
      const picker = await pickerOnPage();
      await picker.switchZone('America/Los_Angeles');
      const { ui } = await scheduling({ attributes: 'time-zone=""' });
      const inner = ui.picker();
      await inner.until(() => !!inner.part('zone-select'), 'no zone switcher');
      expect((inner.part('zone-select') as HTMLSelectElement).value).to.equal('America/Los_Angeles');
      await ui.chooseTimes(1);
      // The first free time, 13:00Z four days on, is 6:00 AM in Los Angeles.
      expect(inner.chosen()).to.deep.equal(['Fri, May 9, 6:00 – 6:50 AM']);
      ui.bookButton().click();
      await ui.until(() => ui.announcement() === '1 session booked.', `announced: ${ui.announcement()}`);
      expect(requestsTo('/v1/bookings', 'POST').map((r) => r.body)).to.deep.equal([
        { purchaseId: 'pu_video', starts: ['2031-05-09T13:00:00Z'], locale: 'en-US', timeZone: 'America/Los_Angeles' },
      ]);
    });
  });

  it('forwards the parts of the picker and the call inside it, so the host page styles them', async () => {
    const style = document.createElement('style');
    style.textContent = `
      appt-my-bookings::part(picker-day-available) { letter-spacing: 3px; }
      appt-my-bookings::part(call-leave-button) { word-spacing: 6px; }
      appt-my-bookings::part(slot) { word-spacing: 9px; }
    `;
    document.head.append(style);
    try {
      const { ui } = await scheduling();
      const picker = ui.picker();
      await picker.until(() => picker.state() === 'empty' || picker.availableDays().length > 0, 'the picker never showed times');
      if (picker.state() === 'empty') {
        picker.part('next-available-button')!.click();
        await picker.until(() => picker.availableDays().length > 0, 'no times next month');
      }
      expect(getComputedStyle(picker.day(picker.availableDays()[0]!)).letterSpacing).to.equal('3px');
      await picker.clickDay(picker.availableDays()[0]!);
      // Only the prefixed names reach inside.
      expect(getComputedStyle(picker.parts('slot')[0]!).wordSpacing).to.equal('0px');
      (ui.part('join-button', ui.booking('Career coaching')) as HTMLButtonElement).click();
      await ui.until(() => ui.root.querySelector('appt-call') !== null, 'no call');
      const call = ui.call();
      await call.waitFor('in-call');
      expect(getComputedStyle(call.part('leave-button')!).wordSpacing).to.equal('6px');
    } finally {
      style.remove();
    }
  });

  it('forwards the parts of the sign-in form inside it', async () => {
    const style = document.createElement('style');
    style.textContent = 'appt-my-bookings::part(sign-in-email-input) { letter-spacing: 2px; }';
    document.head.append(style);
    try {
      const { ui } = await mount({ attributes: 'customer-token=""' });
      await ui.waitFor('signed-out');
      const signIn = ui.signIn();
      await signIn.waitFor('email');
      expect(getComputedStyle(signIn.part('email-input')!).letterSpacing).to.equal('2px');
    } finally {
      style.remove();
    }
  });

  it('names the attribute at fault when set up wrongly', async () => {
    const { ui } = await mount({ attributes: 'time-zone="Mars/Olympus"' });
    await ui.waitFor('error');
    expect(ui.text(ui.part('error-message'))).to.equal('This booking widget is not set up correctly.');
    expect(ui.text(ui.part('error-detail'))).to.contain('"time-zone" attribute');
  });

  it('follows the theme attribute', async () => {
    const { el, ui } = await mount({ attributes: 'theme="dark"' });
    await ui.waitFor('loaded');
    const dark = getComputedStyle(ui.part('card')!).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(ui.part('card')!).backgroundColor).not.to.equal(dark);
  });
});
