import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ApptCheckout } from '../../src/components/checkout/checkout.component.js';
import type { ApptSlotPicker } from '../../src/components/slot-picker/slot-picker.component.js';
import type { ApptCall } from '../../src/components/call/call.component.js';
import type { ApptMyBookings } from '../../src/components/my-bookings/my-bookings.component.js';
import type { ApptPackages } from '../../src/components/packages/packages.component.js';
import type { ApptSignIn } from '../../src/components/sign-in/sign-in.component.js';
import type { Hold, Slot } from '../../src/client/index.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { darkPalette, lightPalette } from '../../src/styles/tokens.js';
import { PackagesHarness } from './harness/packages-harness.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { MyBookingsHarness } from './harness/my-bookings-harness.js';
import { SignInHarness } from './harness/sign-in-harness.js';
import { CallHarness } from './harness/call-harness.js';
import { gate, makePackage } from './harness/fixtures.js';

/**
 * Theming as a host page meets it: invalid `--appt-*` values fall back to the palette in effect,
 * a page's own variables stay out, and a widget that turns dark (the OS is dark, `theme` is
 * `auto`) on a light-only page paints its own surface behind every text, in every state.
 */

const API = 'https://api.apptkit.test';
const PKG = makePackage({ id: 'pkg_th', expertId: 'exp_1', title: 'Career coaching', sessions: 2, fee: 12000, credits: 5, currency: 'USD' });
const SLOTS: Slot[] = [
  { start: '2026-10-24T08:00:00Z', end: '2026-10-24T08:50:00Z' },
  { start: '2026-10-24T10:00:00Z', end: '2026-10-24T10:50:00Z' },
];
const HOLD: Hold = { id: 'hld_th', token: 'hold_secret', expertId: 'exp_1', packageId: PKG.id, slots: [SLOTS[0]!], expiresAt: '2099-01-01T00:00:00Z' };
const NOW = Date.parse('2026-10-20T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Answers held back until the test opens them (a loading state that stays). */
let holdBack = gate();

function problem(status: number, code: string) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}` },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': `req_${code}` } },
  );
}

/** One tenant for every element: expert `exp_1` has times, `exp_empty` has nothing, `exp_fail` is unknown, `exp_slow` never answers. */
const worker = setupWorker(
  http.get('*/v1/experts/:expertId/packages', async ({ params }) => {
    if (params.expertId === 'exp_slow') await holdBack.promise;
    if (params.expertId === 'exp_fail') return problem(404, 'not_found');
    return HttpResponse.json({ data: params.expertId === 'exp_empty' ? [] : [PKG] });
  }),
  http.get('*/v1/experts/:expertId/slots', async ({ request, params }) => {
    if (params.expertId === 'exp_slow') await holdBack.promise;
    if (params.expertId === 'exp_fail') return problem(404, 'not_found');
    const url = new URL(request.url);
    const data = params.expertId === 'exp_empty' ? [] : SLOTS;
    return HttpResponse.json({ expertId: params.expertId, packageId: url.searchParams.get('packageId'), timeZone: 'Europe/Berlin', from: url.searchParams.get('from'), to: url.searchParams.get('to'), data });
  }),
  http.get('*/v1/payment-config', () => HttpResponse.json({ provider: 'test' })),
  http.get('*/v1/me', ({ request }) =>
    ['cus_ada', 'cus_empty', 'cus_fail'].includes(request.headers.get('Apptkit-Customer') ?? '') ? HttpResponse.json({ id: 'cus_ada', email: 'ada@example.com', name: 'Ada', credits: 15 }) : problem(401, 'invalid_customer_token'),
  ),
  http.get('*/v1/me/bookings', ({ request }) => {
    const token = request.headers.get('Apptkit-Customer');
    if (token === 'cus_fail') return problem(500, 'internal_error');
    if (token === 'cus_empty') return HttpResponse.json({ bookings: [], purchases: [], pastBookings: [] });
    if (token !== 'cus_ada') return problem(401, 'invalid_customer_token');
    const start = NOW + 3 * 86_400_000;
    return HttpResponse.json({
      bookings: [{ id: 'bk_1', purchaseId: 'pur_1', expertId: 'exp_1', packageId: PKG.id, start: iso(start), end: iso(start + 50 * 60_000) }],
      purchases: [
        { id: 'pur_1', customerId: 'cus_ada', packageId: PKG.id, expertId: 'exp_1', method: 'card', status: 'paid', amount: 12000, currency: 'USD', credits: null, provider: 'test', sessionsTotal: 2, sessionsUsed: 1, createdAt: '2026-10-01T10:00:00Z' },
      ],
      pastBookings: [],
    });
  }),
  http.get('*/v1/credit-packages', ({ request }) =>
    request.headers.get('Apptkit-Customer') === 'cus_fail'
      ? problem(500, 'internal_error')
      : HttpResponse.json({ data: [{ id: 'cp_10', version: 1, title: 'Ten credits', credits: 10, price: 4000, currency: 'USD', country: 'US', active: true, listingOrder: 0 }] }),
  ),
  http.post('*/v1/purchases', () =>
    HttpResponse.json(
      {
        id: 'pur_9',
        customerId: 'cus_guest',
        packageId: PKG.id,
        expertId: 'exp_1',
        method: 'card',
        status: 'paid',
        amount: PKG.fee,
        currency: 'USD',
        credits: null,
        provider: 'test',
        sessionsTotal: 2,
        sessionsUsed: 1,
        createdAt: '2026-10-20T09:00:00Z',
        token: 'pur_secret',
        paymentStatus: 'succeeded',
        bookings: [{ id: 'bk_9', purchaseId: 'pur_9', expertId: 'exp_1', packageId: PKG.id, start: SLOTS[0]!.start, end: SLOTS[0]!.end, joinToken: 'jnt_9' }],
        emailSent: true,
      },
      { status: 201 },
    ),
  ),
  http.post('*/v1/sign-in/codes', () => HttpResponse.json({ expiresAt: '2099-01-01T00:10:00Z' }, { status: 202 })),
  http.post('*/v1/bookings/:bookingId/join', ({ params }) => {
    if (params.bookingId === 'bk_fail') return problem(403, 'forbidden');
    return HttpResponse.json({
      bookingId: params.bookingId,
      role: 'client',
      service: 'video',
      provider: 'test',
      roomUrl: 'https://apptkit.test/rooms/bk_1',
      meetingToken: 'mt_client',
      serverTime: iso(NOW),
      scheduledStart: iso(NOW),
      durationMinutes: 50,
      endMode: 'automatic',
      endTiming: 'scheduled_end',
      clientJoinedAt: iso(NOW),
      overtimeCapMinutes: 15,
      times: { deadline: null, notifyExpertAt: null, hardStop: null },
      joinOpensAt: iso(NOW - 10 * 60_000),
      joinClosesAt: iso(NOW + 60 * 60_000),
    });
  }),
  http.get('*/v1/bookings/:bookingId/call', () =>
    HttpResponse.json({ serverTime: iso(NOW), clientJoinedAt: iso(NOW), endedAt: null, endedBy: null, times: { deadline: null, notifyExpertAt: null, hardStop: null } }),
  ),
);

/** Mounts `markup` (one element) in a box `width` wide on the page and returns the element. */
async function mount<T extends HTMLElement>(markup: string, setup?: (el: T) => void, width = 400): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const parsed = document.createElement('template');
  parsed.innerHTML = markup;
  const el = document.importNode(parsed.content.firstElementChild!, true) as T;
  setup?.(el);
  wrapper.append(el);
  return el;
}

/** `rgb(…)`/`rgba(…)` as [r, g, b, a] (0–255, alpha 0–1). */
function rgba(color: string): [number, number, number, number] {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (!match) throw new Error(`not an rgb() color: "${color}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** `#rrggbb` as `rgb(r, g, b)`, the way computed styles read. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** WCAG 2 contrast ratio of two opaque colors. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = rgba(color).slice(0, 3).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A loaded `<appt-packages>` themed by `style`, on a page whose text is 10px (the "62.5%" trick), and its first select button. */
async function packagesStyled(style: string, attributes = '') {
  const el = await mount<ApptPackages>(`<appt-packages expert="exp_1" api="${API}" key="pk_test_demo" lang="en-US" ${attributes} style="${style}"></appt-packages>`);
  el.parentElement!.style.fontSize = '10px';
  const ui = new PackagesHarness(el);
  await ui.waitFor('loaded');
  const button = ui.chooseButton(PKG.title);
  return { el, ui, button, base: ui.base() };
}

describe('theming', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    resetPageSessions();
    holdBack = gate();
  });
  afterEach(() => holdBack.open());

  describe('an invalid token falls back to the default', () => {
    it('renders the primary button with a visible, contrasting background for --appt-color-primary: banana', async () => {
      const { button } = await packagesStyled('--appt-color-primary: banana');
      const style = getComputedStyle(button);
      expect(rgba(style.backgroundColor)[3], 'background alpha').to.equal(1);
      expect(style.backgroundColor).to.equal(rgb(lightPalette.primary));
      expect(contrast(style.backgroundColor, style.color)).to.be.at.least(4.5);
    });

    it('falls back to the dark palette under theme="dark"', async () => {
      const { ui, button, base } = await packagesStyled('--appt-color-primary: banana; --appt-color-text: 12px; --appt-color-surface: nope', 'theme="dark"');
      const style = getComputedStyle(button);
      expect(style.backgroundColor).to.equal(rgb(darkPalette.primary));
      expect(contrast(style.backgroundColor, style.color)).to.be.at.least(4.5);
      expect(getComputedStyle(base).color).to.equal(rgb(darkPalette.text));
      expect(getComputedStyle(ui.cards()[0]!).backgroundColor).to.equal(rgb(darkPalette.surface));
    });

    it('keeps text visible when --appt-color-text or --appt-color-on-primary is invalid', async () => {
      const { button, base } = await packagesStyled('--appt-color-text: transparentish; --appt-color-on-primary: 3');
      expect(getComputedStyle(base).color).to.equal(rgb(lightPalette.text));
      expect(getComputedStyle(button).color).to.equal(rgb(lightPalette['on-primary']));
    });

    it('keeps the font size at 16px for --appt-font-size: huge, and within 12–32px for extreme sizes', async () => {
      const size = async (value: string) => getComputedStyle((await packagesStyled(`--appt-font-size: ${value}`)).base).fontSize;
      expect(await size('huge')).to.equal('16px');
      expect(await size('red')).to.equal('16px');
      expect(await size('400px')).to.equal('32px');
      expect(await size('2px')).to.equal('12px');
    });

    it('applies valid values: a custom primary color and font size', async () => {
      const { button, base } = await packagesStyled('--appt-color-primary: rgb(0, 90, 40); --appt-font-size: 20px');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 90, 40)');
      expect(getComputedStyle(base).fontSize).to.equal('20px');
      // Relative to the page's text: 1.25 × 10px, kept at the 12px floor; 1.5em is 15px.
      expect(getComputedStyle((await packagesStyled('--appt-font-size: 1.25em')).base).fontSize).to.equal('12.5px');
      expect(getComputedStyle((await packagesStyled('--appt-font-size: 1.5em')).base).fontSize).to.equal('15px');
      expect(getComputedStyle((await packagesStyled('--appt-font-size: 180%')).base).fontSize).to.equal('18px');
    });

    it("is not affected by a host page's own --_primary and other unprefixed variables", async () => {
      const host = document.createElement('style');
      host.textContent = ':root, body, div, appt-packages { --_primary: 10px; --_surface: 10px; --_text: red; --_d-primary: 10px; --_font-size: 3px; }';
      document.head.append(host);
      try {
        const { button, base } = await packagesStyled('');
        expect(getComputedStyle(button).backgroundColor).to.equal(rgb(lightPalette.primary));
        expect(getComputedStyle(base).color).to.equal(rgb(lightPalette.text));
        expect(getComputedStyle(base).fontSize).to.equal('16px');
        // The page's own use of its variable still works: the widget registered none of its names.
        const probe = document.createElement('div');
        probe.style.inlineSize = 'var(--_primary)';
        document.body.append(probe);
        expect(getComputedStyle(probe).width).to.equal('10px');
        probe.remove();
      } finally {
        host.remove();
      }
    });
  });

  describe('dark widget on a light-only page', () => {
    /** Whether the browser emulates a dark OS setting; where it cannot (Firefox, WebKit here), `theme="dark"` paints the same. */
    let emulated = false;
    let theme = '';

    before(async () => {
      document.body.style.background = '#ffffff';
      document.body.style.color = '#111111';
      try {
        await emulateMedia({ colorScheme: 'dark' });
        emulated = matchMedia('(prefers-color-scheme: dark)').matches;
      } catch {
        emulated = false;
      }
      theme = emulated ? '' : 'theme="dark"';
    });
    after(async () => {
      if (emulated) await emulateMedia({ colorScheme: 'light' });
      document.body.style.background = '';
      document.body.style.color = '';
    });

    /** Waits up to 5 s for `predicate`. */
    const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 5000 });
    const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

    const packagesIn = (expert: string) => mount<ApptPackages>(`<appt-packages expert="${expert}" api="${API}" key="pk_test_demo" lang="en-US" ${theme}></appt-packages>`);
    const pickerIn = (expert: string) =>
      mount<ApptSlotPicker>(
        `<appt-slot-picker expert="${expert}" api="${API}" key="pk_test_demo" month="2026-10" min-date="2026-10-01" time-zone="Europe/Berlin" lang="en-US" ${theme}></appt-slot-picker>`,
        (el) => (el.package = PKG),
      );
    const checkout = () =>
      mount<ApptCheckout>(`<appt-checkout api="${API}" key="pk_test_demo" time-zone="Europe/Berlin" lang="en-US" ${theme}></appt-checkout>`, (el) => {
        el.package = PKG;
        el.hold = HOLD;
      });
    // Each customer element signs the page in (or out) for its api: a fresh page session each, as in a new tab.
    function creditsAs(token: string): Promise<HTMLElement> {
      resetPageSessions();
      return mount(`<appt-credits api="${API}" key="pk_test_demo" lang="en-US" customer-token="${token}" ${theme}></appt-credits>`);
    }
    function myBookingsAs(token: string): Promise<ApptMyBookings> {
      resetPageSessions();
      const markup = `<appt-my-bookings api="${API}" key="pk_test_demo" time-zone="Europe/Berlin" lang="en-US" customer-token="${token}" ${theme}></appt-my-bookings>`;
      return mount<ApptMyBookings>(markup, (el) => (el.now = () => NOW), 640);
    }
    const callTo = (booking: string) =>
      mount<ApptCall>(`<appt-call booking="${booking}" join-token="jt_guest" api="${API}" key="pk_test_demo" lang="en-US" ${theme}></appt-call>`, (el) => (el.now = () => NOW), 640);

    /** Every element in every state a visitor meets: each mounts the element and brings it there. */
    const scenarios: Record<string, () => Promise<HTMLElement>> = {
      'appt-packages loading': async () => {
        const el = await packagesIn('exp_slow');
        await new PackagesHarness(el).waitFor('loading');
        return el;
      },
      ...Object.fromEntries(
        (
          [
            ['exp_1', 'loaded'],
            ['exp_empty', 'empty'],
            ['exp_fail', 'error'],
          ] as const
        ).map(([expert, state]) => [
          `appt-packages ${state}`,
          async () => {
            const el = await packagesIn(expert);
            await new PackagesHarness(el).waitFor(state);
            return el;
          },
        ]),
      ),
      'appt-slot-picker loading': async () => {
        const el = await pickerIn('exp_slow');
        expect(new SlotPickerHarness(el).state()).to.equal('loading');
        return el;
      },
      'appt-slot-picker with a chosen day and time': async () => {
        const el = await pickerIn('exp_1');
        const ui = new SlotPickerHarness(el);
        await ui.waitFor('ready');
        await ui.clickDay('2026-10-24');
        await ui.pickTime(ui.enabledTimes()[0]!);
        return el;
      },
      ...Object.fromEntries(
        (
          [
            ['exp_empty', 'empty'],
            ['exp_fail', 'error'],
          ] as const
        ).map(([expert, state]) => [
          `appt-slot-picker ${state}`,
          async () => {
            const el = await pickerIn(expert);
            await new SlotPickerHarness(el).waitFor(state);
            return el;
          },
        ]),
      ),
      'appt-checkout guest form in test mode': async () => {
        const el = await checkout();
        await until(() => inside(el, 'input[name="email"]') && inside(el, '[part~="pay-button"]'), 'the guest form never showed');
        return el;
      },
      'appt-checkout confirmation': async () => {
        const el = await checkout();
        await until(() => inside(el, 'input[name="email"]') && inside(el, '[part~="pay-button"]'), 'the guest form never showed');
        for (const [name, value] of [
          ['name', 'Ada Lovelace'],
          ['email', 'ada@example.com'],
        ] as const) {
          const input = inside(el, `input[name="${name}"]`) as HTMLInputElement;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        await el.updateComplete;
        inside(el, '[part~="pay-button"]')!.click();
        await until(() => inside(el, '[part~="confirmation"]'), 'the confirmation never showed');
        return el;
      },
      'appt-credits signed in, with offers': async () => {
        const el = await creditsAs('cus_ada');
        await until(() => inside(el, '[part~="offer"]') && inside(el, '[part~="balance"]')?.textContent?.trim(), 'no offers');
        return el;
      },
      'appt-credits signed out': async () => {
        const el = await creditsAs('');
        await until(() => inside(el, '[part~="sign-in"]')?.shadowRoot?.querySelector('[part~="email-input"]'), 'no sign-in form');
        return el;
      },
      'appt-credits failed': async () => {
        const el = await creditsAs('cus_fail');
        await until(() => inside(el, '[part~="error"]'), 'never failed');
        return el;
      },
      'appt-my-bookings with a booking and a purchase': async () => {
        const el = await myBookingsAs('cus_ada');
        const ui = new MyBookingsHarness(el);
        await ui.waitFor('loaded');
        await ui.until(() => ui.bookings().length === 1 && ui.purchases().length === 1, 'no booking and purchase');
        return el;
      },
      ...Object.fromEntries(
        (
          [
            ['cus_empty', 'loaded', 'with nothing yet'],
            ['', 'signed-out', 'signed out'],
            ['cus_fail', 'error', 'failed'],
          ] as const
        ).map(([token, state, name]) => [
          `appt-my-bookings ${name}`,
          async () => {
            const el = await myBookingsAs(token);
            await new MyBookingsHarness(el).waitFor(state);
            return el;
          },
        ]),
      ),
      'appt-sign-in e-mail step': async () => {
        const el = await mount<ApptSignIn>(`<appt-sign-in api="${API}" key="pk_test_demo" lang="en-US" ${theme}></appt-sign-in>`);
        await new SignInHarness(el).waitFor('email');
        return el;
      },
      'appt-sign-in code step': async () => {
        const el = await mount<ApptSignIn>(`<appt-sign-in api="${API}" key="pk_test_demo" lang="en-US" ${theme}></appt-sign-in>`);
        const ui = new SignInHarness(el);
        await ui.waitFor('email');
        await ui.fill('E-mail address', 'ada@example.com');
        await ui.press('Enter');
        await ui.waitFor('code');
        return el;
      },
      'appt-call before joining': async () => {
        const el = await callTo('bk_1');
        await new CallHarness(el).waitFor('idle');
        return el;
      },
      'appt-call in the call': async () => {
        const el = await callTo('bk_1');
        const ui = new CallHarness(el);
        await ui.waitFor('idle');
        ui.clickJoin();
        await ui.waitFor('in-call');
        return el;
      },
      'appt-call refused': async () => {
        const el = await callTo('bk_fail');
        const ui = new CallHarness(el);
        await ui.waitFor('idle');
        ui.clickJoin();
        await ui.waitFor('error');
        return el;
      },
      'appt-booking progress line above the packages': async () => {
        const el = await mount<HTMLElement>(`<appt-booking expert="exp_1" api="${API}" key="pk_test_demo" time-zone="Europe/Berlin" lang="en-US" ${theme}></appt-booking>`);
        await until(() => inside(el, '[part~="progress"]')?.textContent?.trim() && inside(el, 'appt-packages'), 'no progress line');
        await new PackagesHarness(inside(el, 'appt-packages') as ApptPackages).waitFor('loaded');
        return el;
      },
    };

    for (const [name, scenario] of Object.entries(scenarios)) {
      it(`${name}: paints its own surface, so every text keeps its contrast`, async () => {
        const el = await scenario();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const base = inside(el, '[part~="base"]')!;
        // The widget did turn dark: the check is about the dark palette on the white page.
        expect(getComputedStyle(base).color, `${el.localName} shows the dark palette`).to.equal(rgb(darkPalette.text));
        // Transitions (a chosen day's fill) end first; the skeleton's shimmer never does.
        const finite = el.shadowRoot!.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
        await Promise.all(finite.map((a) => a.finished));
        await expect(el).to.be.accessible();
      });
    }
  });
});
