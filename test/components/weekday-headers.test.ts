import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/slot-picker/define.js';
import type { ApptSlotPicker } from '../../src/components/slot-picker/slot-picker.component.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { makePackage } from './harness/fixtures.js';

const API = 'https://api.apptkit.test';
const PKG = makePackage({ id: 'pkg_wd', expertId: 'exp_1', sessions: 1 });

const worker = setupWorker(
  http.get('*/experts/:expertId/slots', ({ request, params }) => {
    const url = new URL(request.url);
    return HttpResponse.json({
      expertId: params.expertId,
      packageId: url.searchParams.get('packageId'),
      timeZone: 'Europe/Berlin',
      from: url.searchParams.get('from'),
      to: url.searchParams.get('to'),
      data: [{ start: '2026-10-24T08:00:00Z', end: '2026-10-24T08:50:00Z' }],
    });
  }),
);

/** Mounts an October 2026 picker in `lang`, in a box `width` wide, and waits for its month. */
async function mount(lang: string, width: number, style = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const el = document.createElement('appt-slot-picker') as ApptSlotPicker;
  el.package = PKG;
  const attributes = { expert: 'exp_1', api: API, key: 'pk_test_demo', month: '2026-10', 'min-date': '2026-10-01', 'time-zone': 'Europe/Berlin', lang, style };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  const ui = new SlotPickerHarness(el);
  await ui.waitFor('ready');
  // Languages other than English load their texts apart: wait for them too.
  await ui.until(() => !!ui.part('next-button')?.getAttribute('aria-label'), `the ${lang} texts never loaded`);
  return { el, ui };
}

/** What each weekday header shows: its visible label's text and box, and the header's box. */
function headers(ui: SlotPickerHarness) {
  return ui.parts('weekday').map((th) => {
    const shown = [...th.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].filter((label) => label.getClientRects().length > 0);
    expect(shown.length, `one visible label in "${th.getAttribute('abbr')}"`).to.equal(1);
    return { th, text: shown[0]!.textContent!, label: shown[0]!.getBoundingClientRect(), column: th.getBoundingClientRect() };
  });
}

/** Every visible label lies inside its own column, so no two touch. */
function expectNoOverlap(ui: SlotPickerHarness, what: string): void {
  const shown = headers(ui);
  for (const { text, label, column } of shown) {
    expect(label.left, `${what}: "${text}" starts inside its column`).to.be.at.least(column.left - 0.5);
    expect(label.right, `${what}: "${text}" ends inside its column`).to.be.at.most(column.right + 0.5);
  }
  const ordered = shown.map((s) => s.label).sort((a, b) => a.left - b.left);
  for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.left, `${what}: labels ${i - 1} and ${i}`).to.be.at.least(ordered[i - 1]!.right - 0.5);
}

const weekdays = (lang: string, style: 'long' | 'short' | 'narrow') =>
  // October 5, 2026 is a Monday.
  Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 9, 5 + i)));

describe('<appt-slot-picker> weekday headers', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());

  it('renders a header per weekday with its full name for screen readers', async () => {
    const { el, ui } = await mount('ar', 320);
    const names = weekdays('ar', 'long');
    // Arabic weeks start on Saturday.
    const expected = [...names.slice(5), ...names.slice(0, 5)];
    expect(ui.weekdays()).to.deep.equal(expected);
    expect(ui.parts('weekday').map((th) => th.querySelector('.visually-hidden')!.textContent)).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en-US', 'de', 'tr', 'ar']) {
    it(`never overlap at 320px (${lang})`, async () => {
      const { ui } = await mount(lang, 320);
      expectNoOverlap(ui, `${lang} at 320px`);
    });
  }

  it('shows Arabic narrow letters when the grid is narrow, the short names when there is room', async () => {
    const narrow = await mount('ar', 320);
    expect(headers(narrow.ui).map((h) => h.text)).to.deep.equal(rotate(weekdays('ar', 'narrow')));
    const wide = await mount('ar', 1024);
    expect(headers(wide.ui).map((h) => h.text)).to.deep.equal(rotate(weekdays('ar', 'short')));
    expectNoOverlap(wide.ui, 'ar at 1024px');
  });

  it('keeps the short names where they fit (German and Turkish at 320px)', async () => {
    const de = await mount('de', 320);
    expect(headers(de.ui).map((h) => h.text)).to.deep.equal(weekdays('de', 'short'));
    const tr = await mount('tr', 320);
    expect(headers(tr.ui).map((h) => h.text)).to.deep.equal(weekdays('tr', 'short'));
  });

  it('switches to narrow letters when a larger font leaves too little room', async () => {
    const { ui } = await mount('en-US', 320, '--appt-font-size: 20px');
    expect(headers(ui).map((h) => h.text)).to.deep.equal(rotate(weekdays('en-US', 'narrow'), 6));
    expectNoOverlap(ui, 'en-US at 320px in 20px type');
  });
});

/** `days` (Monday first) starting from the locale's first weekday: Saturday (5) for Arabic, Sunday (6) for US English. */
function rotate(days: string[], first = 5): string[] {
  return [...days.slice(first), ...days.slice(0, first)];
}
