import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRef, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import {
  ApptBooking,
  ApptCall,
  ApptCheckout,
  ApptCredits,
  ApptMyBookings,
  ApptPackages,
  ApptSignIn,
  ApptSlotPicker,
  type ApptPackagesElement,
  type ApptSlotPickerElement,
} from '../../src/react/index.js';
import { ApptPackageSelectEvent } from '../../src/events/package-select.js';
import { ApptSlotSelectEvent } from '../../src/events/slot-select.js';
import type { Slot } from '../../src/client/index.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';
import { PackagesHarness } from './harness/packages-harness.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { makePackage } from './harness/fixtures.js';

const API = 'https://api.apptkit.test';
const PACKAGES = '*/experts/:expertId/packages';
const SLOTS = '*/experts/:expertId/slots';

/** Packages the mocked server holds per expert; tests fill it. */
let catalog: Record<string, AppointmentPackage[]> = {};
/** Times the mocked server offers (filtered by the request's range). */
let offered: Slot[] = [];
/** The `Authorization` header of every request the server got. */
let authorizations: string[] = [];

const slot = (start: string): Slot => ({ start, end: new Date(Date.parse(start) + 50 * 60_000).toISOString().replace('.000Z', 'Z') });

const worker = setupWorker(
  http.get(PACKAGES, ({ request, params }) => {
    authorizations.push(request.headers.get('authorization') ?? '');
    return HttpResponse.json({ data: catalog[String(params.expertId)] ?? [] });
  }),
  http.get(SLOTS, ({ request, params }) => {
    authorizations.push(request.headers.get('authorization') ?? '');
    const url = new URL(request.url);
    const from = Date.parse(url.searchParams.get('from')!);
    const to = Date.parse(url.searchParams.get('to')!);
    return HttpResponse.json({
      expertId: String(params.expertId),
      packageId: url.searchParams.get('packageId'),
      timeZone: 'Europe/Berlin',
      from: url.searchParams.get('from'),
      to: url.searchParams.get('to'),
      data: offered.filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to),
    });
  }),
);

let container: HTMLDivElement;
let root: Root;

/** Renders `element` with React and commits it (layout effects included) before returning. */
function render(element: ReactElement): void {
  flushSync(() => root.render(element));
}

describe('apptkit/react', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    resetVisitorZone();
    catalog = {
      exp_1: [
        makePackage({ title: 'Intro call', listingOrder: 0, sessions: 1, credits: null }),
        makePackage({ title: 'Coaching bundle', listingOrder: 1, sessions: 3 }),
      ],
    };
    offered = [];
    authorizations = [];
    container = document.createElement('div');
    container.style.inlineSize = '360px';
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    worker.resetHandlers();
  });

  it('renders each element under its tag, registered by the import', () => {
    const wrappers = [ApptPackages, ApptSlotPicker, ApptBooking, ApptCheckout, ApptSignIn, ApptMyBookings, ApptCredits, ApptCall];
    expect(wrappers.map((wrapper) => wrapper.displayName)).to.deep.equal([
      'ApptPackages',
      'ApptSlotPicker',
      'ApptBooking',
      'ApptCheckout',
      'ApptSignIn',
      'ApptMyBookings',
      'ApptCredits',
      'ApptCall',
    ]);
    render(createElement(ApptSignIn, { theme: 'dark', className: 'sign-in' }));
    const el = container.querySelector('appt-sign-in')!;
    expect(el).to.be.instanceOf(customElements.get('appt-sign-in')!);
    expect(el.theme).to.equal('dark');
    expect(el.getAttribute('class')).to.equal('sign-in');
    for (const tag of ['appt-packages', 'appt-slot-picker', 'appt-booking', 'appt-checkout', 'appt-my-bookings', 'appt-credits', 'appt-call']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it('is accessible', async () => {
    render(createElement(ApptPackages, { expert: 'exp_1', api: API, publishableKey: 'pk_test_react' }));
    const el = container.querySelector('appt-packages')!;
    await new PackagesHarness(el).waitFor('loaded');
    await expect(el).to.be.accessible();
  });

  it('loads with the props, and calls onApptPackageSelect with the chosen package', async () => {
    const chosen: ApptPackageSelectEvent[] = [];
    const ref = createRef<ApptPackagesElement>();
    render(
      createElement(ApptPackages, {
        ref,
        expert: 'exp_1',
        api: API,
        publishableKey: 'pk_test_react',
        headingLevel: 2,
        onApptPackageSelect: (event) => chosen.push(event),
      }),
    );
    const el = container.querySelector('appt-packages')!;
    expect(ref.current).to.equal(el);
    const ui = new PackagesHarness(el);
    await ui.waitFor('loaded');
    expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
    expect(ui.part('title', ui.card('Intro call'))!.getAttribute('aria-level')).to.equal('2');
    // `publishableKey` became the element's `key`: the client sent it, once.
    expect(authorizations).to.deep.equal(['Bearer pk_test_react']);

    ui.chooseByClick('Coaching bundle');
    expect(chosen.length).to.equal(1);
    expect(chosen[0]).to.be.instanceOf(ApptPackageSelectEvent);
    expect(chosen[0]!.package).to.deep.equal(catalog.exp_1![1]);
  });

  it('follows new props: another callback, another key', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const props = { expert: 'exp_1', api: API, publishableKey: 'pk_test_one' };
    render(createElement(ApptPackages, { ...props, onApptPackageSelect: (event) => first.push(event.package.title) }));
    const el = container.querySelector('appt-packages')!;
    const ui = new PackagesHarness(el);
    await ui.waitFor('loaded');

    render(createElement(ApptPackages, { ...props, publishableKey: 'pk_test_two', onApptPackageSelect: (event) => second.push(event.package.title) }));
    expect(container.querySelector('appt-packages')).to.equal(el);
    expect(el.key).to.equal('pk_test_two');
    // The element built a client with the new key and loaded again with it.
    await waitUntil(() => authorizations.length === 2, 'no request with the new key');
    expect(authorizations).to.deep.equal(['Bearer pk_test_one', 'Bearer pk_test_two']);
    await ui.waitFor('loaded');
    ui.chooseByClick('Intro call');
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal(['Intro call']);

    // Without the prop, the key is cleared, as removing the attribute would: `api` alone is an error.
    render(createElement(ApptPackages, { expert: 'exp_1', api: API }));
    expect(el.key).to.equal('');
    await ui.waitFor('error');
    expect(authorizations.length).to.equal(2);
  });

  it('passes objects and functions as properties: the slot picker’s package, value and clock', async () => {
    const pkg = makePackage({ id: 'pkg_react', expertId: 'exp_1', sessions: 3, durationMinutes: 50, breakMinutes: 10 });
    offered = [slot('2026-10-24T08:00:00Z'), slot('2026-10-24T10:00:00Z'), slot('2026-10-26T13:00:00Z')];
    const selections: ApptSlotSelectEvent[] = [];
    let changes = 0;
    const ref = createRef<ApptSlotPickerElement>();
    render(
      createElement(ApptSlotPicker, {
        ref,
        expert: 'exp_1',
        api: API,
        publishableKey: 'pk_test_react',
        timeZone: 'America/New_York',
        lang: 'en-US',
        package: pkg,
        value: [offered[0]!],
        // Tuesday, October 20, 2026 in New York: today for the picker.
        now: () => Date.parse('2026-10-20T16:00:00Z'),
        onApptSlotSelect: (event) => selections.push(event),
        onChange: () => changes++,
      }),
    );
    const ui = new SlotPickerHarness(ref.current!);
    await ref.current!.updateComplete;
    await ui.waitFor('ready');
    // The clock decided the month and today; the package and the value, what is chosen of what.
    expect(ui.monthLabel()).to.equal('October 2026');
    expect(ui.availableDays()).to.deep.equal(['2026-10-24', '2026-10-26']);
    expect(ui.chosenCount()).to.equal('1 of 3 sessions chosen');
    expect(ui.chosen()).to.deep.equal(['Sat, Oct 24, 4:00 – 4:50 AM']);

    await ui.clickDay('2026-10-24');
    await ui.pickTime('6:00 AM');
    expect(selections.length).to.equal(1);
    expect(selections[0]).to.be.instanceOf(ApptSlotSelectEvent);
    expect(selections[0]!.slots.map((s) => s.start)).to.deep.equal(['2026-10-24T08:00:00Z', '2026-10-24T10:00:00Z']);
    expect(changes).to.equal(1);
    expect(authorizations.every((header) => header === 'Bearer pk_test_react')).to.equal(true);
  });
});

/**
 * Compile-time checks, run by `tsc` (never called): the props and callbacks are typed, so each
 * mistake below is a type error.
 */
export function wrongPropsAreTypeErrors(): void {
  // @ts-expect-error: the event of onApptPackageSelect carries a package, not slots.
  createElement(ApptPackages, { onApptPackageSelect: (event) => event.slots });
  // @ts-expect-error: ApptPackages has no onApptSlotSelect.
  createElement(ApptPackages, { onApptSlotSelect: () => undefined });
  // @ts-expect-error: the publishable key is a string.
  createElement(ApptPackages, { publishableKey: 5 });
  // @ts-expect-error: `package` is the package object, not its id (that is `packageId`).
  createElement(ApptSlotPicker, { package: 'pkg_1' });
  // @ts-expect-error: a theme the elements do not have.
  createElement(ApptPackages, { theme: 'blue' });
  // @ts-expect-error: the ref is the wrapped element.
  createElement(ApptPackages, { ref: createRef<ApptSlotPickerElement>() });
}
