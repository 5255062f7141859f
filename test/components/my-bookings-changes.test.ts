import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from './harness/keys.js';
import '../../src/components/my-bookings/define.js';
import type { Booking, Purchase } from '../../src/client/types.js';
import type { Slot } from '../../src/client/index.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { MyBookingsHarness } from './harness/my-bookings-harness.js';
import { makePackage } from './harness/fixtures.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The element's clock: Monday, May 5, 2031, 10:00 AM in New York. */
const NOW = Date.parse('2031-05-05T14:00:00Z');
const POLICY = { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true };

const VIDEO = makePackage({ id: 'p_video', expertId: 'exp_1', title: 'Career coaching', service: 'video', sessions: 3, durationMinutes: 50, breakMinutes: 10, effectivePolicy: POLICY });
const OFFICE = makePackage({ id: 'p_office', expertId: 'exp_1', title: 'Office visit', appointmentType: 'face_to_face', service: null, sessions: 1, durationMinutes: 60, effectivePolicy: POLICY });

/** A booked session of `pkg` at `start`, with the cut-offs of `POLICY`. */
function booking(id: string, pkg: AppointmentPackage, start: number): Booking {
  const until = iso(start - POLICY.cancelCutoffHours * HOUR);
  return { id, purchaseId: `pu_${id}`, expertId: pkg.expertId, packageId: pkg.id, start: iso(start), end: iso(start + pkg.durationMinutes * MINUTE), status: 'booked', cancellableUntil: until, reschedulableUntil: until };
}

function purchaseOf(b: Booking, total: number, used: number): Purchase {
  return {
    id: b.purchaseId,
    customerId: 'cus_ada',
    packageId: b.packageId,
    expertId: b.expertId,
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

/** Thursday, May 8, 10:00 AM in New York: changes possible until Wednesday 10:00 AM. */
const COACHING_AT = Date.parse('2031-05-08T14:00:00Z');
/** Tuesday, May 6, 9:00 AM: its cut-off (Monday 9:00 AM) has passed at NOW. */
const OFFICE_AT = Date.parse('2031-05-06T13:00:00Z');

/** The mocked server's state; tests change it. */
let server: { bookings: Booking[]; past: Booking[]; purchases: Map<string, Purchase>; slots: Slot[] };
let requests: { method: string; path: string; body: Record<string, unknown>; customer: string | null; join: string | null; key: string | null }[] = [];

async function remember(request: Request): Promise<Record<string, unknown>> {
  const text = await request.clone().text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const headers = request.headers;
  requests.push({ method: request.method, path: new URL(request.url).pathname, body, customer: headers.get('apptkit-customer'), join: headers.get('apptkit-join'), key: headers.get('idempotency-key') });
  return body;
}

const posts = (path: string) => requests.filter((r) => r.method === 'POST' && r.path === path);

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Who may act on booking `id`: its customer (Ada) or the holder of its e-mail link. */
function refusal(request: Request, id: string): Response | undefined {
  const join = request.headers.get('apptkit-join');
  if (join) return join === `jt_${id}` ? undefined : problem(404, 'not_found');
  return request.headers.get('apptkit-customer') === 'ctk_ada' ? undefined : problem(401, 'customer_required');
}

const find = (id: string) => [...server.bookings, ...server.past].find((b) => b.id === id);
const managed = (b: Booking) => ({ booking: b, packageTitle: b.packageId === VIDEO.id ? VIDEO.title : OFFICE.title, expertName: 'Dr. Ada Lovelace', durationMinutes: 50, policy: POLICY });

const worker = setupWorker(
  http.get('*/v1/me/bookings', async ({ request }) => {
    await remember(request);
    if (request.headers.get('apptkit-customer') !== 'ctk_ada') return problem(401, 'customer_required');
    const purchases = [...server.purchases.values()].filter((p) => p.sessionsUsed < p.sessionsTotal);
    return HttpResponse.json({ bookings: server.bookings, purchases, pastBookings: server.past });
  }),
  http.get('*/v1/experts/:expertId/packages', async ({ request }) => (await remember(request), HttpResponse.json({ data: [VIDEO, OFFICE] }))),
  http.get('*/v1/experts/:expertId/slots', async ({ request, params }) => {
    await remember(request);
    const url = new URL(request.url);
    const [from, to] = [Date.parse(url.searchParams.get('from')!), Date.parse(url.searchParams.get('to')!)];
    const data = server.slots.filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to);
    return HttpResponse.json({ expertId: params.expertId, packageId: url.searchParams.get('packageId'), timeZone: 'America/New_York', from: url.searchParams.get('from'), to: url.searchParams.get('to'), data });
  }),
  http.get('*/v1/bookings/:id', async ({ request, params }) => {
    await remember(request);
    const id = String(params.id);
    const found = find(id);
    return refusal(request, id) ?? (found ? HttpResponse.json(managed(found)) : problem(404, 'not_found'));
  }),
  http.post('*/v1/bookings/:id/reschedule', async ({ request, params }) => {
    const body = (await remember(request)) as { start: string };
    const id = String(params.id);
    const refused = refusal(request, id);
    if (refused) return refused;
    const old = find(id)!;
    const start = Date.parse(body.start);
    const moved: Booking = { ...booking(id, old.packageId === VIDEO.id ? VIDEO : OFFICE, start), purchaseId: old.purchaseId, rescheduledFrom: old.start };
    server.bookings = server.bookings.map((b) => (b.id === id ? moved : b)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return HttpResponse.json({ booking: moved, purchase: server.purchases.get(old.purchaseId), emailSent: true });
  }),
  http.post('*/v1/bookings/:id/cancel', async ({ request, params }) => {
    await remember(request);
    const id = String(params.id);
    const refused = refusal(request, id);
    if (refused) return refused;
    const { cancellableUntil: _c, reschedulableUntil: _r, ...old } = find(id)!;
    const cancelled: Booking = { ...old, status: 'cancelled', cancelledAt: iso(NOW), cancelledBy: 'customer', sessionReturned: true };
    const purchase = server.purchases.get(old.purchaseId)!;
    const returned = { ...purchase, sessionsUsed: purchase.sessionsUsed - 1 };
    server.purchases.set(purchase.id, returned);
    server.bookings = server.bookings.filter((b) => b.id !== id);
    server.past = [cancelled, ...server.past];
    return HttpResponse.json({ booking: cancelled, purchase: returned, emailSent: true });
  }),
);

/** Six 50-minute times on Friday, May 9, from 9 AM to 2 PM in New York. */
function freeSlots(): Slot[] {
  const base = Date.parse('2031-05-09T13:00:00Z');
  return Array.from({ length: 6 }, (_, i) => ({ start: iso(base + i * HOUR), end: iso(base + i * HOUR + 50 * MINUTE) }));
}

/** Drives the changes of `<appt-my-bookings>`, on top of its harness. */
class ChangesHarness extends MyBookingsHarness {
  /** The past session cards, top to bottom. */
  past(): HTMLElement[] {
    return this.parts('past-booking');
  }

  /** Presses the button of `part` in the upcoming card titled `title`. */
  async press(title: string, part: string): Promise<void> {
    const button = this.part(part, this.booking(title)) as HTMLButtonElement | null;
    if (!button) throw new Error(`No ${part} in "${title}": ${this.text(this.booking(title))}`);
    button.click();
    await this.element.updateComplete;
  }

  /** The element focused inside the shadow root, or a note saying where focus is instead. */
  focused(): Element | string {
    return this.root.activeElement ?? (document.activeElement === document.body ? 'body' : String(document.activeElement?.tagName));
  }

  /** Waits until focus is on `element`. */
  async focusOn(element: () => Element | null, what: string): Promise<void> {
    await this.until(() => element() !== null && this.root.activeElement === element(), `focus is not on ${what} but on ${String(this.focused())}`);
  }
}

interface MountOptions {
  attributes?: string;
  width?: number;
  now?: () => number;
}

/** Mounts "my bookings" for Ada (`ctk_ada`), a New York viewer in US English; `attributes` win over those. */
async function mount({ attributes = '', width = 640, now = () => NOW }: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-my-bookings ${attributes} api="${API}" key="pk_test_demo" customer-token="ctk_ada" time-zone="America/New_York" lang="en-US"></appt-my-bookings>`;
  const el = document.createElement('appt-my-bookings');
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  el.now = now;
  wrapper.append(el);
  await el.updateComplete;
  const ui = new ChangesHarness(el);
  return { el, ui };
}

/** Mounts, waits for the list, and presses Reschedule on "Career coaching". */
async function rescheduling(options: MountOptions = {}) {
  const mounted = await mount(options);
  await mounted.ui.waitFor('loaded');
  await mounted.ui.press('Career coaching', 'reschedule-button');
  return mounted;
}

describe('<appt-my-bookings> changes', () => {
  beforeEach(() => resetPageSessions({ now: () => NOW }));
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    const coaching = booking('bk_coach', VIDEO, COACHING_AT);
    const office = booking('bk_office', OFFICE, OFFICE_AT);
    const ended: Booking = { ...booking('bk_done', VIDEO, NOW - 48 * HOUR), purchaseId: coaching.purchaseId };
    server = {
      bookings: [office, coaching],
      past: [ended],
      purchases: new Map([
        [coaching.purchaseId, purchaseOf(coaching, 3, 3)],
        [office.purchaseId, purchaseOf(office, 1, 1)],
      ]),
      slots: freeSlots(),
    };
    requests = [];
  });
  afterEach(() => worker.resetHandlers());

  it('renders Reschedule and Cancel while allowed, saying until when in the viewer’s zone; past the cut-off the policy in words', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('loaded');
    const coaching = ui.booking('Career coaching');
    expect(ui.text(ui.part('change-note', coaching))).to.equal('You can reschedule or cancel until Wed, May 7, 10:00 AM Eastern Daylight Time.');
    expect(ui.text(ui.part('reschedule-button', coaching))).to.equal('Reschedule: Career coaching');
    expect(ui.text(ui.part('cancel-button', coaching))).to.equal('Cancel: Career coaching');
    const office = ui.booking('Office visit');
    expect(ui.part('reschedule-button', office)).to.equal(null);
    expect(ui.part('cancel-button', office)).to.equal(null);
    expect(ui.text(ui.part('policy', office))).to.equal('Changes close 24 hours before the session.');
    expect(ui.text(ui.part('heading', ui.part('past-section')!))).to.equal('Past sessions');
    expect(ui.past().map((card) => ui.text(ui.part('time', card)))).to.deep.equal(['Sat, May 3, 10:00 – 10:50 AM']);
    await expect(el).to.be.accessible();
  });

  it('turns the buttons into the policy when the cut-off comes while shown', async () => {
    let clock = COACHING_AT - 24 * HOUR - 300;
    const { ui } = await mount({ now: () => clock });
    await ui.waitFor('loaded');
    expect(ui.part('cancel-button', ui.booking('Career coaching'))).not.to.equal(null);
    clock = COACHING_AT - 24 * HOUR;
    await ui.until(() => ui.part('cancel-button', ui.booking('Career coaching')) === null, 'the buttons stayed past the cut-off');
    expect(ui.part('reschedule-button', ui.booking('Career coaching'))).to.equal(null);
    expect(ui.text(ui.part('policy', ui.booking('Career coaching')))).to.equal('Changes close 24 hours before the session.');
    expect(requests.filter((r) => r.path === '/v1/me/bookings').length).to.equal(1);
  });

  it('reschedules: opens a picker for that one session, moves it, and the card shows the new time', async () => {
    const { el, ui } = await rescheduling();
    const region = () => ui.part('rescheduler', ui.booking('Career coaching'));
    await ui.focusOn(region, 'the new-time region');
    expect(region()!.getAttribute('aria-label')).to.equal('New time for Career coaching');
    const move = () => ui.part('move-button') as HTMLButtonElement;
    expect([ui.text(move()), move().disabled]).to.deep.equal(['Choose a new time', true]);
    await ui.chooseTimes(1);
    expect(ui.picker().chosenCount()).to.equal('1 of 1 session chosen');
    await expect(el).to.be.accessible();
    move().click();
    move().click();
    await ui.until(() => ui.part('change-notice') !== null, 'no notice of the move');
    expect(posts('/v1/bookings/bk_coach/reschedule').map((r) => [r.body, r.customer])).to.deep.equal([
      [{ start: '2031-05-09T13:00:00Z', locale: 'en-US', timeZone: 'America/New_York' }, 'ctk_ada'],
    ]);
    expect(posts('/v1/bookings/bk_coach/reschedule')[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    const card = ui.booking('Career coaching');
    expect(ui.text(ui.part('time', card))).to.equal('Fri, May 9, 9:00 – 9:50 AM');
    expect(ui.text(ui.part('change-notice', card))).to.equal('Moved to Fri, May 9, 9:00 – 9:50 AM.');
    expect(ui.announcement()).to.equal('Moved to Fri, May 9, 9:00 – 9:50 AM.');
    expect(ui.part('rescheduler')).to.equal(null);
    await ui.focusOn(() => ui.part('change-notice', ui.booking('Career coaching')), 'the notice');
    expect(ui.bookingRows().map((row) => row[0])).to.deep.equal(['Office visit', 'Career coaching']);
  });

  it('cancels after asking in place; the card goes to the past sessions and the message says the session came back', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('loaded');
    await ui.press('Career coaching', 'cancel-button');
    const confirm = () => ui.part('cancel-confirm', ui.booking('Career coaching'));
    expect(ui.text(confirm())).to.contain('Cancel this session? It goes back to your package, so you can book another time.');
    await ui.focusOn(() => ui.part('keep-button', confirm()!), 'Keep session');
    await expect(el).to.be.accessible();

    // Keep: nothing is sent, focus goes back to Cancel.
    (ui.part('keep-button', confirm()!) as HTMLButtonElement).click();
    await ui.focusOn(() => ui.part('cancel-button', ui.booking('Career coaching')), 'Cancel');
    expect(posts('/v1/bookings/bk_coach/cancel')).to.deep.equal([]);

    await ui.press('Career coaching', 'cancel-button');
    (ui.part('confirm-cancel-button', confirm()!) as HTMLButtonElement).click();
    await ui.until(() => ui.past().length === 2, 'the cancelled session did not go to the past ones');
    expect(posts('/v1/bookings/bk_coach/cancel').map((r) => [r.body, r.customer])).to.deep.equal([[{ locale: 'en-US', timeZone: 'America/New_York' }, 'ctk_ada']]);
    expect(ui.bookingRows().map((row) => row[0])).to.deep.equal(['Office visit']);
    const cancelled = ui.past()[0]!;
    expect(ui.text(ui.part('cancelled-mark', cancelled))).to.equal('Cancelled');
    expect(ui.text(ui.part('change-notice', cancelled))).to.equal('Cancelled — the session is back in your package.');
    expect(ui.announcement()).to.equal('Cancelled — the session is back in your package.');
    await ui.focusOn(() => ui.part('change-notice', ui.past()[0]!), 'the notice in the past card');
    // The session came back: it can be scheduled again.
    expect(ui.text(ui.part('meta', ui.purchase('Career coaching')))).to.equal('1 of 3 sessions left');
    await expect(el).to.be.accessible();
  });

  it('says in the card that the new time was just taken, and loads the times again', async () => {
    worker.use(
      http.post('*/v1/bookings/:id/reschedule', async ({ request }) => {
        await remember(request);
        return problem(409, 'slot_taken', { errors: [{ field: 'start', code: 'slot_taken', message: 'start is taken.' }] });
      }),
    );
    const { el, ui } = await rescheduling();
    await ui.chooseTimes(1);
    const slotLoads = requests.filter((r) => r.path.endsWith('/slots')).length;
    (ui.part('move-button') as HTMLButtonElement).click();
    await ui.until(() => ui.part('change-error') !== null, 'no error in the card');
    const error = ui.part('change-error', ui.booking('Career coaching'))!;
    expect(ui.text(error)).to.equal('The change did not go through. Someone just took that time. Please choose another.');
    expect(error.getAttribute('role')).to.equal('alert');
    await ui.until(() => requests.filter((r) => r.path.endsWith('/slots')).length > slotLoads, 'the picker did not reload');
    expect(ui.text(ui.part('time', ui.booking('Career coaching')))).to.equal('Thu, May 8, 10:00 – 10:50 AM');
    expect((ui.part('move-button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says the policy in the card when the server finds the cut-off passed', async () => {
    worker.use(
      http.post('*/v1/bookings/:id/cancel', () =>
        problem(409, 'cancel_cutoff_passed', { detail: 'Cancellations close 24 hours before the session.', deadline: iso(COACHING_AT - 24 * HOUR), cutoffHours: 24 }),
      ),
    );
    const { ui } = await mount();
    await ui.waitFor('loaded');
    await ui.press('Career coaching', 'cancel-button');
    (ui.part('confirm-cancel-button') as HTMLButtonElement).click();
    await ui.until(() => ui.part('change-error') !== null, 'no error in the card');
    expect(ui.text(ui.part('error-message', ui.part('change-error')!))).to.equal('Cancellations close 24 hours before the session.');
    expect(ui.part('confirm-cancel-button')).to.equal(null);
    (ui.part('keep-button') as HTMLButtonElement).click();
    await ui.focusOn(() => ui.part('cancel-button', ui.booking('Career coaching')), 'Cancel');
  });

  it('is reachable by keyboard, and focus never falls to the page body', async () => {
    const { ui } = await mount();
    await ui.waitFor('loaded');
    const coaching = () => ui.booking('Career coaching');
    ui.base().querySelector<HTMLElement>('#upcoming-heading')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 6 && !reached.includes('cancel-button'); i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(ui.root.activeElement?.getAttribute('part') ?? 'none');
    }
    expect(reached).to.include.members(['reschedule-button', 'cancel-button']);
    expect(ui.root.activeElement).to.equal(ui.part('cancel-button', coaching()));
    await sendKeys({ press: 'Enter' });
    await ui.focusOn(() => ui.part('keep-button', coaching()), 'Keep session');
    await sendKeys({ press: 'Tab' });
    expect(ui.root.activeElement).to.equal(ui.part('confirm-cancel-button', coaching()));
    // Back to Keep (WebKit's WebDriver sends no Shift+Tab chord), then the keyboard decides.
    (ui.part('keep-button', coaching()) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await ui.focusOn(() => ui.part('cancel-button', coaching()), 'Cancel');
    (ui.part('reschedule-button', coaching()) as HTMLButtonElement).focus();
    await pressKey('Space');
    await ui.focusOn(() => ui.part('rescheduler', coaching()), 'the new-time region');
    const keep = ui.part('keep-time-button', coaching()) as HTMLButtonElement;
    keep.focus();
    await sendKeys({ press: 'Enter' });
    await ui.focusOn(() => ui.part('reschedule-button', coaching()), 'Reschedule');
    expect(document.activeElement).not.to.equal(document.body);
  });

  it('shows one booking from the e-mail link without signing in, with the same actions', async () => {
    const { el, ui } = await mount({ attributes: 'customer-token="" booking-id="bk_coach" booking-token="jt_bk_coach"' });
    await ui.waitFor('loaded');
    expect(ui.text(ui.part('heading'))).to.equal('Your session');
    expect(ui.bookingRows()).to.deep.equal([['Career coaching', 'Thu, May 8, 10:00 – 10:50 AM', 'Online · With Dr. Ada Lovelace']]);
    const read = requests.find((r) => r.path === '/v1/bookings/bk_coach')!;
    expect([read.join, read.customer]).to.deep.equal(['jt_bk_coach', null]);
    expect(requests.some((r) => r.path === '/v1/me/bookings')).to.equal(false);
    await expect(el).to.be.accessible();

    await ui.press('Career coaching', 'cancel-button');
    (ui.part('confirm-cancel-button') as HTMLButtonElement).click();
    await ui.until(() => ui.past().length === 1, 'the booking did not show as cancelled');
    expect(posts('/v1/bookings/bk_coach/cancel').map((r) => [r.join, r.customer])).to.deep.equal([['jt_bk_coach', null]]);
    expect(ui.text(ui.part('cancelled-mark'))).to.equal('Cancelled');
    await ui.focusOn(() => ui.part('change-notice'), 'the notice');
    expect(ui.text(ui.part('change-notice'))).to.equal('Cancelled — the session is back in your package.');
  });

  it('says an e-mail link is not valid any more when the server does not know it', async () => {
    const { ui } = await mount({ attributes: 'customer-token="" booking-id="bk_coach" booking-token="jt_old"' });
    await ui.waitFor('error');
    expect(ui.text(ui.part('error-message'))).to.equal('This link is not valid any more. Open the link in your latest e-mail about this session.');
  });

  it('speaks German, naming the zone in German', async () => {
    const { ui } = await mount({ attributes: 'lang="de" time-zone="Europe/Berlin"' });
    await ui.until(() => ui.text(ui.part('heading')) === 'Anstehende Sitzungen', 'no German');
    const coaching = ui.bookings()[1]!;
    expect(ui.text(ui.part('change-note', coaching))).to.equal('Verlegen oder stornieren bis Mi., 7. Mai, 16:00 Mitteleuropäische Sommerzeit.');
    expect(ui.text(ui.part('policy', ui.bookings()[0]!))).to.equal('Änderungen sind bis 24 Stunden vor der Sitzung möglich.');
  });

  for (const width of [320, 1024]) {
    it(`fits ${width}px with the confirmation open, without horizontal overflow, with targets of at least 44px`, async () => {
      const { ui } = await mount({ width });
      await ui.waitFor('loaded');
      await ui.press('Career coaching', 'cancel-button');
      const base = ui.base();
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const button of ui.root.querySelectorAll('button')) {
        expect(button.getBoundingClientRect().height, ui.text(button)).to.be.at.least(44);
      }
    });
  }
});
