import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/my-bookings/define.js';
import type { Booking, PastPurchase } from '../../src/client/types.js';
import { MyBookingsHarness } from './harness/my-bookings-harness.js';
import { makePackage } from './harness/fixtures.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';

/** The element's clock: Monday, May 5, 2031, 10:00 AM in New York. */
const NOW = Date.parse('2031-05-05T14:00:00Z');

const VIDEO = makePackage({ id: 'p_video', expertId: 'exp_1', title: 'Career coaching', service: 'video', sessions: 1 });

/** A session that ended a week ago. */
const ENDED: Booking = { id: 'bk_done', purchaseId: 'pur_refunded', expertId: 'exp_1', packageId: VIDEO.id, start: '2031-04-28T14:00:00Z', end: '2031-04-28T14:50:00Z', status: 'booked' };

const PAST_PURCHASES: PastPurchase[] = [
  {
    kind: 'credits',
    id: 'cpu_gift',
    customerId: 'cus_ada',
    creditPackageId: 'cpk_10',
    status: 'paid',
    amount: 4900,
    currency: 'EUR',
    credits: 10,
    coupon: { code: 'WELCOME', discount: 0, giftCredits: 7 },
    provider: 'test',
    createdAt: '2031-04-20T14:30:00Z',
    title: '10 credits',
  },
  {
    kind: 'package',
    id: 'pur_refunded',
    customerId: 'cus_ada',
    packageId: VIDEO.id,
    expertId: 'exp_1',
    method: 'card',
    status: 'refunded',
    amount: 12000,
    currency: 'USD',
    credits: null,
    provider: 'test',
    sessionsTotal: 1,
    sessionsUsed: 1,
    createdAt: '2031-04-02T09:05:00Z',
    title: 'Career coaching',
    refunded: 12000,
  },
  {
    kind: 'package',
    id: 'pur_credits',
    customerId: 'cus_ada',
    packageId: 'p_office',
    expertId: 'exp_1',
    method: 'credits',
    status: 'paid',
    amount: 0,
    currency: 'USD',
    credits: 10,
    coupon: { code: 'SPRING', discount: 2 },
    provider: 'credits',
    sessionsTotal: 1,
    sessionsUsed: 1,
    createdAt: '2031-03-01T15:00:00Z',
    title: 'Office visit',
  },
];

let answer: Record<string, unknown>;

const worker = setupWorker(
  http.get('*/v1/me/bookings', ({ request }) =>
    request.headers.get('apptkit-customer') === 'ctk_ada' ? HttpResponse.json(answer) : HttpResponse.json({ status: 401, code: 'customer_required' }, { status: 401 }),
  ),
  http.get('*/v1/experts/:expertId/packages', () => HttpResponse.json({ data: [VIDEO] })),
);

/** Mounts "my bookings" for Ada (`ctk_ada`), a New York viewer in US English, in a box `width` wide; `attributes` win over those. */
async function mount({ attributes = '', width = 640 }: { attributes?: string; width?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-my-bookings ${attributes} api="${API}" key="pk_test_demo" customer-token="ctk_ada" time-zone="America/New_York" lang="en-US"></appt-my-bookings>`;
  const el = document.createElement('appt-my-bookings');
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  el.now = () => NOW;
  wrapper.append(el);
  await el.updateComplete;
  const ui = new MyBookingsHarness(el);
  await ui.waitFor('loaded');
  return { el, ui };
}

/** The receipt cards as a reader reads them: the title, then each line as "label: value". */
function receipts(ui: MyBookingsHarness): string[][] {
  return ui.parts('receipt').map((card) => [
    ui.text(ui.part('card-title', card)),
    ...ui.parts('receipt-line', card).map((line) => `${ui.text(line.querySelector('dt'))}: ${ui.text(line.querySelector('dd'))}`),
  ]);
}

describe('<appt-my-bookings> purchases', () => {
  beforeEach(() => resetPageSessions({ now: () => NOW }));
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    answer = { bookings: [], purchases: [], pastBookings: [ENDED], pastPurchases: PAST_PURCHASES };
  });

  it('renders each purchase as its receipt under the past sessions, dates in the viewer’s zone, the zone named', async () => {
    const { ui } = await mount();
    const headings = ui.parts('heading').map((heading) => ui.text(heading));
    expect(headings).to.deep.equal(['Upcoming sessions', 'Past sessions', 'Purchases']);
    const section = ui.part('purchases-section')!;
    expect(section.matches('[part~="section"]')).to.equal(true);
    expect(ui.text(ui.part('zone', section))).to.equal('Times are shown in Eastern Time (New York).');
    expect(receipts(ui)).to.deep.equal([
      [
        '10 credits',
        'Order number: cpu_gift',
        'Date: Apr 20, 2031, 10:30 AM',
        'Credits added: 10 credits',
        'Amount: €49.00',
        'Payment method: Card',
        'Coupon WELCOME: +7 gift credits',
      ],
      ['Career coaching', 'Order number: pur_refunded', 'Date: Apr 2, 2031, 5:05 AM', 'Amount: $120.00', 'Payment method: Card', 'Refunded: $120.00'],
      ['Office visit', 'Order number: pur_credits', 'Date: Mar 1, 2031, 10:00 AM', 'Amount: 10 credits', 'Payment method: Credits', 'Coupon SPRING: −2 credits'],
    ]);
    expect(ui.parts('discount').map((line) => ui.text(line.querySelector('dt')))).to.deep.equal(['Coupon WELCOME', 'Coupon SPRING']);
    expect(ui.parts('refund').length).to.equal(1);
    expect(ui.parts('receipt')[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2031-04-20T14:30:00Z');
  });

  it('names a deleted credit package by its credits, and shows no section without purchases', async () => {
    const { coupon: _coupon, ...withoutCoupon } = PAST_PURCHASES[0]!;
    answer = { ...answer, pastPurchases: [{ ...withoutCoupon, title: null }] };
    const { ui } = await mount();
    expect(receipts(ui)[0]?.[0]).to.equal('10 credits');
    answer = { bookings: [], purchases: [], pastBookings: [] };
    const older = await mount();
    expect(older.ui.part('purchases-section')).to.equal(null);
    expect(older.ui.parts('receipt')).to.deep.equal([]);
  });

  it('is accessible', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic right to left, in the zone of Riyadh', async () => {
    const { el, ui } = await mount({ attributes: 'lang="ar" time-zone="Asia/Riyadh"' });
    await ui.until(() => ui.text(ui.part('heading', ui.part('purchases-section')!)) === 'المشتريات', 'no Arabic');
    expect(ui.base().getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(ui.part('receipt')!).direction).to.equal('rtl');
    const [credits, refunded] = receipts(ui);
    expect(credits).to.include('رقم الطلب: cpu_gift');
    // Digits as the engine writes Arabic numbers (WebKit: Arabic-Indic, the others: Latin).
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(credits).to.include(`الرصيد المضاف: ${n(10)} أرصدة`);
    expect(credits).to.include(`القسيمة WELCOME: +${n(7)} أرصدة هدية`);
    expect(refunded).to.include('طريقة الدفع: البطاقة');
    expect(refunded?.some((line) => line.startsWith('المبلغ المسترد: '))).to.equal(true);
    // 14:30 UTC is 17:30 in Riyadh.
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(Date.parse('2031-04-20T14:30:00Z'));
    expect(credits).to.include(`التاريخ: ${date.replace(/[\s\u00a0\u202f\u2009]+/g, ' ')}`);
    expect(ui.text(ui.part('zone', ui.part('purchases-section')!))).to.contain('الأوقات معروضة حسب');
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 1024]) {
    it(`fits ${width}px without horizontal overflow`, async () => {
      answer = { ...answer, pastPurchases: [{ ...PAST_PURCHASES[0]!, id: 'cpu_a_very_long_order_number_that_must_wrap_0123456789' }, ...PAST_PURCHASES.slice(1)] };
      const { ui } = await mount({ width });
      const base = ui.base();
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const card of ui.parts('receipt')) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });
  }
});
