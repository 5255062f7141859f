import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/slot-picker/define.js';
import { ApptSlotPicker } from '../../src/components/slot-picker/slot-picker.component.js';
import { en, registerTranslation } from '../../src/i18n/index.js';
import { ApptSlotSelectEvent } from '../../src/events/slot-select.js';
import { clientContext } from '../../src/context/client.js';
import { createClient, type ApptClient, type Slot } from '../../src/client/index.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { gate, makePackage } from './harness/fixtures.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';
const SLOTS = '*/experts/:expertId/slots';
const PACKAGES = '*/experts/:expertId/packages';

/** Three sessions of 50 minutes with a 10-minute break, from an expert in Berlin. */
const PKG = makePackage({ id: 'pkg_dst', expertId: 'exp_1', sessions: 3, durationMinutes: 50, breakMinutes: 10 });

const slot = (start: string, minutes = 50): Slot => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
});

/**
 * Around Berlin's autumn change (2026-10-25 03:00 CEST → 02:00 CET, at 01:00Z). New York stays on
 * EDT (UTC−4) until November 1.
 */
const DST_SLOTS: Slot[] = [
  slot('2026-10-24T08:00:00Z'), // Berlin 10:00 CEST · New York Oct 24 4:00 AM
  slot('2026-10-24T08:55:00Z'), // Berlin 10:55 CEST · overlaps the 08:00 one with its break
  slot('2026-10-24T10:00:00Z'), // Berlin 12:00 CEST · New York 6:00 AM
  slot('2026-10-25T00:30:00Z'), // Berlin Oct 25 2:30 CEST · New York Oct 24 8:30 PM
  slot('2026-10-25T01:30:00Z'), // Berlin Oct 25 2:30 CET (the repeated hour) · New York Oct 24 9:30 PM
  slot('2026-10-25T09:00:00Z'), // Berlin 10:00 CET · New York Oct 25 5:00 AM
  slot('2026-10-26T09:00:00Z'), // Berlin 10:00 CET · New York 5:00 AM
  slot('2026-10-26T13:00:00Z'), // Berlin 14:00 CET · New York 9:00 AM
];

/** The mocked server's slots (filtered by the request's range) and packages; tests replace them. */
let offered: Slot[] = [];
let packages: AppointmentPackage[] = [];
let slotRequests: URL[] = [];

function slotAnswer(request: Request, expertId: string): Response {
  const url = new URL(request.url);
  slotRequests.push(url);
  const from = Date.parse(url.searchParams.get('from')!);
  const to = Date.parse(url.searchParams.get('to')!);
  const data = offered.filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to);
  return HttpResponse.json({
    expertId,
    packageId: url.searchParams.get('packageId'),
    timeZone: 'Europe/Berlin',
    from: url.searchParams.get('from'),
    to: url.searchParams.get('to'),
    data,
  });
}

const worker = setupWorker(
  http.get(SLOTS, ({ request, params }) => slotAnswer(request, String(params.expertId))),
  http.get(PACKAGES, () => HttpResponse.json({ data: packages })),
);

function problem(status: number, code: string, requestId = `req_${code}`) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': requestId } },
  );
}

interface MountOptions {
  attributes?: string;
  width?: number;
  pkg?: AppointmentPackage | undefined;
}

/**
 * Mounts a picker of PKG (an October 2026 month, a New York viewer, US English) in a box `width`
 * wide; `attributes` override those defaults. The package is set before the element connects,
 * as a host page that renders it with a property would.
 */
async function mount({ attributes = '', width = 360, pkg = PKG }: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const defaults = `expert="exp_1" api="${API}" key="pk_test_demo" month="2026-10" min-date="2026-10-01" time-zone="America/New_York" lang="en-US"`;
  // The HTML parser keeps the first of repeated attributes: the test's own come first.
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-slot-picker ${attributes} ${defaults}></appt-slot-picker>`;
  const el = document.createElement('appt-slot-picker');
  if (pkg) el.package = pkg;
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, wrapper, ui: new SlotPickerHarness(el) };
}

describe('<appt-slot-picker>', () => {
  // Each test starts in a fresh tab: no time zone chosen by an earlier test.
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    offered = [...DST_SLOTS];
    packages = [PKG];
    slotRequests = [];
  });
  afterEach(() => worker.resetHandlers());

  it('renders the month with the days that have times', async () => {
    const { ui } = await mount();
    await ui.waitFor('ready');
    expect(ui.monthLabel()).to.equal('October 2026');
    expect(ui.availableDays()).to.deep.equal(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(ui.day('2026-10-23').getAttribute('aria-disabled')).to.equal('true');
    expect(ui.text(ui.part('times'))).to.contain('Choose a day to see its times.');
  });

  describe('is accessible', () => {
    it('while loading, and says it is busy', async () => {
      const hold = gate();
      worker.use(http.get(SLOTS, async ({ request, params }) => (await hold.promise, slotAnswer(request, String(params.expertId)))));
      const { el, ui } = await mount();
      expect(ui.state()).to.equal('loading');
      expect(ui.text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading available times…');
      // The times panel is named by an element that exists while it loads.
      const labelledBy = el.shadowRoot!.querySelector('[part~="times"]')!.getAttribute('aria-labelledby')!;
      expect(ui.text(el.shadowRoot!.getElementById(labelledBy))).to.equal('Loading available times…');
      await expect(el).to.be.accessible();
      hold.open();
      await ui.waitFor('ready');
    });

    it('with a month of times, a chosen day and chosen times', async () => {
      const { el, ui } = await mount();
      await ui.waitFor('ready');
      await expect(el).to.be.accessible();
      await ui.clickDay('2026-10-24');
      await ui.pickTime('4:00 AM');
      await expect(el).to.be.accessible();
    });

    it('when the month has no times', async () => {
      offered = [];
      const { el, ui } = await mount();
      await ui.waitFor('empty');
      expect(ui.text(ui.part('empty'))).to.equal('No times are available in October 2026.');
      await expect(el).to.be.accessible();
    });

    it('when loading failed', async () => {
      worker.use(http.get(SLOTS, () => problem(404, 'not_found')));
      const { el, ui } = await mount();
      await ui.waitFor('error');
      await expect(el).to.be.accessible();
    });
  });

  describe('a three-session package across the autumn DST change (expert in Berlin)', () => {
    it('a viewer in New York sees New York times and emits the same instants', async () => {
      const { el, ui } = await mount({ attributes: 'time-zone="America/New_York"' });
      await ui.waitFor('ready');
      // 2026-10-25 00:30Z and 01:30Z are still October 24 in New York.
      expect(ui.availableDays()).to.deep.equal(['2026-10-24', '2026-10-25', '2026-10-26']);
      await ui.clickDay('2026-10-24');
      expect(ui.timesHeading()).to.equal('Times on Saturday, October 24, 2026');
      expect(ui.times()).to.deep.equal(['4:00 AM', '4:55 AM', '6:00 AM', '8:30 PM', '9:30 PM']);
      expect(ui.text(ui.part('zone-note'))).to.equal('The expert’s time zone is Central European Time (Berlin).');

      const events: ApptSlotSelectEvent[] = [];
      let changes = 0;
      el.parentElement!.addEventListener('appt-slot-select', (e) => events.push(e));
      el.parentElement!.addEventListener('change', () => changes++);

      await ui.pickTime('4:00 AM');
      // 4:55 starts within 4:00's session plus its 10-minute break.
      expect(ui.enabledTimes()).to.deep.equal(['4:00 AM', '6:00 AM', '8:30 PM', '9:30 PM']);
      expect(ui.chosenCount()).to.equal('1 of 3 sessions chosen');
      await ui.pickTime('8:30 PM');
      await ui.clickDay('2026-10-25');
      expect(ui.times()).to.deep.equal(['5:00 AM']);
      await ui.pickTime('5:00 AM');

      expect(ui.chosenCount()).to.equal('3 of 3 sessions chosen');
      expect(ui.chosen()).to.deep.equal(['Sat, Oct 24, 4:00 – 4:50 AM', 'Sat, Oct 24, 8:30 – 9:20 PM', 'Sun, Oct 25, 5:00 – 5:50 AM']);
      const instants = ['2026-10-24T08:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T09:00:00Z'];
      expect(el.value.map((s) => s.start)).to.deep.equal(instants);
      expect(events.length).to.equal(3);
      expect(events[2]).to.be.instanceOf(ApptSlotSelectEvent);
      expect(events[2]!.composed).to.equal(true);
      expect(events[2]!.slots.map((s) => s.start)).to.deep.equal(instants);
      expect(events[2]!.slots.map((s) => s.end)).to.deep.equal(['2026-10-24T08:50:00Z', '2026-10-25T01:20:00Z', '2026-10-25T09:50:00Z']);
      expect(changes).to.equal(3);

      // A fourth session cannot be picked: every other time is disabled, and pressing one does nothing.
      await ui.clickDay('2026-10-26');
      expect(ui.enabledTimes()).to.deep.equal([]);
      ui.timeButton('5:00 AM').click();
      await el.updateComplete;
      expect(el.value.length).to.equal(3);
      expect(events.length).to.equal(3);

      // The same choice read in Berlin: the instants stay, the shown times move.
      await ui.switchZone('Europe/Berlin');
      expect(ui.chosen()).to.deep.equal([
        'Sat, Oct 24, 10:00 – 10:50 AM',
        'Sun, Oct 25, 2:30 AM GMT+2 – 2:20 AM GMT+1', // the session spans the change
        'Sun, Oct 25, 10:00 – 10:50 AM',
      ]);
      expect(ui.part('zone-note')).to.equal(null);
      expect(el.value.map((s) => s.start)).to.deep.equal(instants);
    });

    it('a viewer in Berlin sees the repeated hour twice, told apart by its offset', async () => {
      const { el, ui } = await mount({ attributes: 'time-zone="Europe/Berlin"' });
      await ui.waitFor('ready');
      await ui.clickDay('2026-10-24');
      expect(ui.times()).to.deep.equal(['10:00 AM', '10:55 AM', '12:00 PM']);
      await ui.clickDay('2026-10-25');
      expect(ui.times()).to.deep.equal(['2:30 AM GMT+2', '2:30 AM GMT+1', '10:00 AM GMT+1']);
      expect(ui.part('zone-note')).to.equal(null);

      const heard = oneEvent(el, 'appt-slot-select');
      await ui.pickTime('2:30 AM GMT+2');
      expect(((await heard) as Event as ApptSlotSelectEvent).slots.map((s) => s.start)).to.deep.equal(['2026-10-25T00:30:00Z']);
      // The CET 2:30 starts exactly when the CEST one's break ends: no overlap.
      await ui.pickTime('2:30 AM GMT+1');
      await ui.clickDay('2026-10-26');
      expect(ui.times()).to.deep.equal(['10:00 AM', '2:00 PM']);
      await ui.pickTime('10:00 AM');

      expect(el.value.map((s) => s.start)).to.deep.equal(['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-26T09:00:00Z']);
      expect(ui.chosen()).to.deep.equal([
        'Sun, Oct 25, 2:30 AM GMT+2 – 2:20 AM GMT+1',
        'Sun, Oct 25, 2:30 AM GMT+1 – 3:20 AM GMT+1',
        'Mon, Oct 26, 10:00 – 10:50 AM',
      ]);
      expect(ui.chosenCount()).to.equal('3 of 3 sessions chosen');
    });
  });

  it('lets the client remove a chosen time, and book fewer than all sessions', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('ready');
    await ui.clickDay('2026-10-24');
    await ui.pickTime('4:00 AM');
    await ui.pickTime('6:00 AM');
    expect(ui.text(ui.part('selection'))).to.contain('You can book the remaining sessions later.');
    const heard = oneEvent(el, 'appt-slot-select');
    await ui.removeChosen(0);
    expect(((await heard) as Event as ApptSlotSelectEvent).slots.map((s) => s.start)).to.deep.equal(['2026-10-24T10:00:00Z']);
    expect(ui.chosenCount()).to.equal('1 of 3 sessions chosen');
    expect(ui.enabledTimes()).to.include('4:55 AM');
    // Pressing a chosen time again removes it too.
    await ui.pickTime('6:00 AM');
    expect(el.value).to.deep.equal([]);
    expect(ui.text(ui.part('selection'))).to.contain('No time chosen yet.');
  });

  it('keeps the focus in the picker when a remove button goes: on the next one, then on the heading', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('ready');
    await ui.clickDay('2026-10-24');
    await ui.pickTime('4:00 AM');
    await ui.pickTime('6:00 AM');
    const removeButtons = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="remove-button"]')];
    removeButtons()[0]!.focus();
    await ui.removeChosen(0);
    await ui.until(() => el.shadowRoot!.activeElement === removeButtons()[0], 'focus left the remove buttons');
    await ui.removeChosen(0);
    await ui.until(() => el.shadowRoot!.activeElement?.id === 'selection-heading', 'focus did not land on the selection heading');
    expect(document.activeElement).to.equal(el);
  });

  it('loads the package by package-id when no package object is given', async () => {
    packages = [makePackage({ id: 'pkg_one', sessions: 1, durationMinutes: 50, breakMinutes: 10 })];
    const { ui } = await mount({ pkg: undefined, attributes: 'package-id="pkg_one"' });
    await ui.waitFor('ready');
    expect(ui.chosenCount()).to.equal('0 of 1 session chosen');
    expect(slotRequests[0]!.searchParams.get('packageId')).to.equal('pkg_one');
    await ui.clickDay('2026-10-24');
    await ui.pickTime('6:00 AM');
    expect(ui.enabledTimes()).to.deep.equal(['6:00 AM']);
  });

  describe('keyboard (WAI-ARIA date grid)', () => {
    it('moves by day, week, month and within the week, and chooses with Enter and Space', async () => {
      const { ui } = await mount();
      await ui.waitFor('ready');
      expect(ui.weekdays()[0]).to.equal('Sunday'); // en-US weeks start on Sunday
      // One tab stop: the first day with times.
      expect(ui.parts('day').filter((d) => d.tabIndex === 0).length).to.equal(1);
      expect(ui.tabStop()).to.equal('2026-10-24');
      ui.focusGrid();
      await ui.press('ArrowRight');
      expect(ui.focusedDay()).to.equal('2026-10-25');
      await ui.press('ArrowUp');
      expect(ui.focusedDay()).to.equal('2026-10-18');
      await ui.press('ArrowLeft');
      expect(ui.focusedDay()).to.equal('2026-10-17');
      // Days without times are focusable but cannot be chosen.
      await ui.press('Enter');
      expect(ui.part('times-heading')).to.equal(null);
      await ui.press('End');
      expect(ui.focusedDay()).to.equal('2026-10-17'); // Saturday ends an en-US week
      await ui.press('Home');
      expect(ui.focusedDay()).to.equal('2026-10-11');
      await ui.press('ArrowDown');
      await ui.press('ArrowDown');
      await ui.press('ArrowRight');
      await ui.press('ArrowRight');
      expect(ui.focusedDay()).to.equal('2026-10-27');
      await ui.press('ArrowLeft');
      await ui.press('Space');
      expect(ui.timesHeading()).to.equal('Times on Monday, October 26, 2026');
      await ui.press('ArrowUp');
      await ui.press('Enter');
      expect(ui.focusedDay()).to.equal('2026-10-19');
      expect(ui.timesHeading()).to.equal('Times on Monday, October 26, 2026'); // Oct 19 has no times
    });

    it('crosses into the next month with the arrows and Page Down, and not before min-date', async () => {
      const { ui } = await mount();
      await ui.waitFor('ready');
      ui.focusGrid();
      await ui.press('ArrowDown'); // Oct 24 → Oct 31
      await ui.press('ArrowRight'); // → Nov 1
      await ui.until(() => ui.monthLabel() === 'November 2026', 'never showed November');
      expect(ui.focusedDay()).to.equal('2026-11-01');
      await ui.press('PageUp');
      await ui.until(() => ui.monthLabel() === 'October 2026', 'never came back to October');
      expect(ui.focusedDay()).to.equal('2026-10-01');
      await ui.press('ArrowLeft'); // before min-date: stays
      expect(ui.focusedDay()).to.equal('2026-10-01');
      expect(ui.monthLabel()).to.equal('October 2026');
      await ui.press('PageDown');
      await ui.until(() => ui.monthLabel() === 'November 2026', 'Page Down never showed November');
      expect(ui.focusedDay()).to.equal('2026-11-01');
    });

    it('starts weeks on Monday in German', async () => {
      const { ui } = await mount({ attributes: 'lang="de"' });
      await ui.until(() => ui.monthLabel() === 'Oktober 2026', 'never spoke German');
      expect(ui.weekdays()[0]).to.equal('Montag');
    });
  });

  it('aborts the request of each month left behind while navigating fast', async () => {
    const signals: AbortSignal[] = [];
    const client = createClient({
      baseUrl: API,
      publishableKey: 'pk_test_demo',
      fetch: (input, init) => {
        signals.push(input instanceof Request ? input.signal : init!.signal!);
        return fetch(input, init);
      },
    });
    const hold = gate();
    worker.use(
      http.get(SLOTS, async ({ request, params }) => {
        const month = new Date(Date.parse(new URL(request.url).searchParams.get('from')!) + 86_400_000).toISOString().slice(0, 7);
        if (month !== '2027-01') await hold.promise; // every month but the last one hangs
        return slotAnswer(request, String(params.expertId));
      }),
    );
    offered = [slot('2027-01-12T15:00:00Z')];
    // The client loads its scheduling part on first use: load it now, so that every month's
    // request below is really sent (and must then be aborted), not merely never started.
    await client.slots.list({ expertId: 'exp_1', packageId: PKG.id, from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' });
    signals.length = 0;
    defineClientProvider('test-slot-client-provider', client);
    const host = await fixture<HTMLElement>(html`<test-slot-client-provider></test-slot-client-provider>`);
    const el = document.createElement('appt-slot-picker');
    el.package = PKG;
    for (const [name, value] of Object.entries({ expert: 'exp_1', month: '2026-10', 'min-date': '2026-10-01', 'time-zone': 'UTC', lang: 'en-US' })) {
      el.setAttribute(name, value);
    }
    host.append(el);
    const ui = new SlotPickerHarness(el);
    await el.updateComplete;
    await ui.next();
    await ui.next();
    await ui.next();
    await ui.waitFor('ready');
    expect(ui.monthLabel()).to.equal('January 2027');
    expect(ui.availableDays()).to.deep.equal(['2027-01-12']);
    expect(signals.length).to.equal(4);
    expect(signals.filter((s) => s.aborted).length).to.equal(3);
    expect(signals[3]!.aborted).to.equal(false);
    hold.open();
  });

  it('says why loading failed and loads again on retry', async () => {
    worker.use(http.get(SLOTS, () => problem(404, 'not_found', 'req_missing')));
    const { ui } = await mount();
    await ui.waitFor('error');
    expect(ui.errorMessage()).to.equal('This expert or package could not be found.');
    expect(ui.text(ui.part('error-detail'))).to.equal('Reference: req_missing');
    worker.resetHandlers();
    ui.retry();
    await ui.waitFor('ready');
    expect(ui.availableDays()).to.deep.equal(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('names the attribute at fault when set up wrongly', async () => {
    const { ui } = await mount({ attributes: 'time-zone="Mars/Olympus"' });
    await ui.waitFor('error');
    expect(ui.text(ui.part('error-detail'))).to.contain('"time-zone" attribute must be an IANA time zone');
  });

  it('points an empty month to the next day with times', async () => {
    offered = [slot('2026-11-03T14:00:00Z')];
    const { ui } = await mount();
    await ui.waitFor('empty');
    const jump = ui.part('next-available-button')!;
    expect(ui.text(jump)).to.equal('Next available: Tue, Nov 3');
    jump.click();
    await ui.until(() => ui.monthLabel() === 'November 2026' && ui.state() === 'ready', 'never jumped to November');
    expect(ui.timesHeading()).to.equal('Times on Tuesday, November 3, 2026');
    expect(ui.times()).to.deep.equal(['9:00 AM']);
  });

  it('offers every IANA time zone, the viewer’s and the expert’s first, the rest found by city', async () => {
    const { ui } = await mount();
    await ui.waitFor('ready');
    const select = ui.part('zone-select') as HTMLSelectElement;
    const [suggested, all] = [...select.querySelectorAll('optgroup')];
    expect([suggested!.label, all!.label]).to.deep.equal(['Suggested', 'All time zones']);
    const suggestedZones = [...suggested!.querySelectorAll('option')].map((option) => option.value);
    expect(suggestedZones[0]).to.equal('America/New_York');
    expect(suggestedZones).to.include('Europe/Berlin');
    const zones = ui.zones();
    expect(new Set(zones).size).to.equal(zones.length);
    // Engines list their own canonical ids (Asia/Calcutta in Chromium, Asia/Kolkata elsewhere): all of them are offered.
    expect(zones).to.include.members(['UTC', 'Pacific/Auckland', ...Intl.supportedValuesOf('timeZone')]);
    const labels = [...all!.querySelectorAll('option')].map((option) => option.textContent!.trim());
    const buenosAires = zones.find((zone) => zone.endsWith('/Buenos_Aires'))!;
    expect(labels).to.include(`Buenos Aires (${buenosAires})`);
    const cities = labels.filter((label) => label.includes('/'));
    expect(cities).to.deep.equal([...cities].sort(new Intl.Collator('en-US').compare));
  });

  it('shows the chosen times in a zone picked from the long list', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('ready');
    await ui.clickDay(ui.availableDays()[0]!);
    await ui.pickTime(ui.enabledTimes()[0]!);
    const start = Date.parse(el.value[0]!.start);
    await ui.switchZone('Asia/Tokyo');
    expect((ui.part('zone-select') as HTMLSelectElement).value).to.equal('Asia/Tokyo');
    const inTokyo = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', minute: '2-digit' }).format(start);
    expect(ui.chosen()[0]!.replace(/\u202f/g, ' ')).to.contain(inTokyo.replace(/\u202f/g, ' ').replace(/ [AP]M$/, ''));
    expect(el.value[0]!.start).to.equal(new Date(start).toISOString().replace('.000Z', 'Z'));
  });

  it('keeps the zone the visitor switched to for the tab: a picker opened later, or after a reload, starts in it', async () => {
    const first = await mount({ attributes: 'time-zone=""' });
    await first.ui.waitFor('ready');
    await first.ui.switchZone('Asia/Tokyo');
    await first.ui.clickDay('2026-10-25');
    expect(first.ui.times()).to.deep.equal(['9:30 AM', '10:30 AM', '6:00 PM']);
    first.wrapper.remove();
    resetVisitorZone({ keepTab: true }); // a reload: the page starts again in the same tab
    const { ui } = await mount({ attributes: 'time-zone=""' });
    await ui.waitFor('ready');
    expect((ui.part('zone-select') as HTMLSelectElement).value).to.equal('Asia/Tokyo');
    await ui.clickDay('2026-10-24');
    expect(ui.times()).to.deep.equal(['5:00 PM', '5:55 PM', '7:00 PM']);
  });

  it('shows the zone its host set over the visitor’s choice; switching it there carries to the pickers without one', async () => {
    const follower = await mount({ attributes: 'time-zone=""' });
    await follower.ui.waitFor('ready');
    await follower.ui.switchZone('Asia/Tokyo');
    const { ui } = await mount({ attributes: 'time-zone="America/New_York"' });
    await ui.waitFor('ready');
    const select = ui.part('zone-select') as HTMLSelectElement;
    expect(select.value).to.equal('America/New_York');
    const suggested = [...select.querySelector('optgroup')!.querySelectorAll('option')].map((option) => option.value);
    expect(suggested.slice(0, 2)).to.deep.equal(['America/New_York', 'Asia/Tokyo']);
    await ui.clickDay('2026-10-24');
    expect(ui.times()).to.deep.equal(['4:00 AM', '4:55 AM', '6:00 AM', '8:30 PM', '9:30 PM']);
    await ui.switchZone('Europe/Berlin');
    expect(ui.times()).to.deep.equal(['10:00 AM', '10:55 AM', '12:00 PM']);
    await follower.el.updateComplete;
    expect((follower.ui.part('zone-select') as HTMLSelectElement).value).to.equal('Europe/Berlin');
    await follower.ui.clickDay('2026-10-24');
    expect(follower.ui.times()).to.deep.equal(['10:00 AM', '10:55 AM', '12:00 PM']);
  });

  describe('languages', () => {
    it('speaks Arabic right to left, with arrows following the reading direction', async () => {
      const n = (value: number) => new Intl.NumberFormat('ar').format(value);
      const { ui } = await mount({ attributes: 'lang="ar"' });
      await ui.until(() => ui.state() === 'ready' && ui.chosenCount() !== '', 'never spoke Arabic');
      expect(ui.base().getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(ui.base()).direction).to.equal('rtl');
      expect(ui.chosenCount()).to.equal(`تم اختيار ${n(0)} من ${n(3)} جلسات`);
      expect(ui.day('2026-10-24').textContent).to.contain(n(24));
      ui.focusGrid();
      await ui.press('ArrowLeft'); // forward in right-to-left
      expect(ui.focusedDay()).to.equal('2026-10-25');
      await ui.press('ArrowRight');
      expect(ui.focusedDay()).to.equal('2026-10-24');
      await expect(ui.element).to.be.accessible();
    });

    it('pluralizes the count of chosen sessions', async () => {
      const one = makePackage({ id: 'pkg_1s', sessions: 1 });
      const two = makePackage({ id: 'pkg_2s', sessions: 2 });
      const de = await mount({ attributes: 'lang="de"', pkg: one });
      await de.ui.until(() => de.ui.chosenCount() === '0 von 1 Sitzung gewählt', `German singular: ${de.ui.chosenCount()}`);
      de.el.package = PKG;
      await de.ui.until(() => de.ui.chosenCount() === '0 von 3 Sitzungen gewählt', `German plural: ${de.ui.chosenCount()}`);
      const ar = await mount({ attributes: 'lang="ar"', pkg: two });
      await ar.ui.until(() => ar.ui.chosenCount() === `تم اختيار ${new Intl.NumberFormat('ar').format(0)} من جلستين`, `Arabic dual: ${ar.ui.chosenCount()}`);
      const tr = await mount({ attributes: 'lang="tr"' });
      await tr.ui.until(() => tr.ui.chosenCount() === 'Seçilen: 0/3 seans', `Turkish: ${tr.ui.chosenCount()}`);
    });

    it('speaks a language the host registers, shared texts and its own', async () => {
      registerTranslation({ ...en, $code: 'fr', $name: 'Français' });
      ApptSlotPicker.terms.register({ ...ApptSlotPicker.terms.fallback, $code: 'fr', chosenCount: (chosen, total) => `${chosen} sur ${total} séances choisies` });
      const { ui } = await mount({ attributes: 'lang="fr-CA"' });
      await ui.until(() => ui.chosenCount() === '0 sur 3 séances choisies', `French: ${ui.chosenCount()}`);
      expect(ui.base().getAttribute('lang')).to.equal('fr-CA');
    });

    it('shows English, never a mix, when a language has shared texts but none of its own', async () => {
      registerTranslation({ ...en, $code: 'it', $name: 'Italiano' });
      const { ui } = await mount({ attributes: 'lang="it"' });
      await ui.until(() => ui.base().getAttribute('lang') === 'en', `lang stayed ${ui.base().getAttribute('lang')}`);
      expect(ui.chosenCount()).to.equal('0 of 3 sessions chosen');
    });
  });

  for (const width of [360, 1024]) {
    it(`keeps its size from loading to loaded, stacked or side by side (${width}px)`, async () => {
      const hold = gate();
      worker.use(http.get(SLOTS, async ({ request, params }) => (await hold.promise, slotAnswer(request, String(params.expertId)))));
      const { el, ui } = await mount({ width });
      const loading = el.getBoundingClientRect();
      hold.open();
      await ui.waitFor('ready');
      const loaded = el.getBoundingClientRect();
      expect(Math.abs(loaded.height - loading.height)).to.be.below(1);
      const calendar = ui.part('calendar')!.getBoundingClientRect();
      const times = ui.part('times')!.getBoundingClientRect();
      if (width === 360) expect(times.top).to.be.at.least(calendar.bottom);
      else expect(times.top).to.equal(calendar.top);
      for (const cell of ui.parts('day')) expect(cell.getBoundingClientRect().height).to.be.at.least(44);
    });
  }

  it('follows the theme attribute', async () => {
    const { el, ui } = await mount({ attributes: 'theme="dark"' });
    await ui.waitFor('ready');
    const dark = getComputedStyle(ui.base()).color;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(ui.base()).color).not.to.equal(dark);
  });
});

/** Defines `tag` as a Lit element that provides `client` to its light-DOM children. */
function defineClientProvider(tag: string, client: ApptClient): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends LitElement {
      readonly provider = new ContextProvider(this, { context: clientContext, initialValue: client });
      override render() {
        return litHtml`<slot></slot>`;
      }
    },
  );
}
