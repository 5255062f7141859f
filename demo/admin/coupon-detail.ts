/**
 * Marketing › Coupons › a coupon: what it gives and its rules, and every code with its uses in a
 * monospace, select-to-copy table (plus "Copy all codes"); Deactivate while it is active.
 */
import type { AdminClient, Coupon } from '../../src/admin/index.js';
import { COUPON_STATE_WORDS, couponState, couponValidity, couponValueWords, deactivateCoupon } from './coupons-section.js';
import { byId, h } from './dom.js';
import { describeError, say, showAlert } from './feedback.js';
import { focusHeading } from './form-kit.js';
import { formatInstant } from './format.js';

/** The detail page's entry point for the dashboard. */
export interface CouponDetailView {
  /** Loads and shows `couponId`, focusing the heading. */
  show(admin: AdminClient, couponId: string): void;
}

/** Creates the detail page over the page's `#coupon-*` elements. */
export function createCouponDetail(): CouponDetailView {
  const ui = {
    title: byId<HTMLHeadingElement>('coupon-title'),
    facts: byId<HTMLDListElement>('coupon-facts'),
    codes: byId<HTMLTableSectionElement>('coupon-codes'),
    copy: byId<HTMLButtonElement>('coupon-copy'),
    deactivate: byId<HTMLButtonElement>('coupon-deactivate'),
  };
  let admin: AdminClient | undefined;
  let coupon: Coupon | undefined;
  let expertNames = new Map<string, string>();

  function render(shown: Coupon): void {
    coupon = shown;
    const state = couponState(shown, Date.now());
    ui.title.textContent = shown.title;
    const facts: [string, string | Node][] = [
      ['Status', COUPON_STATE_WORDS[state]],
      ['Gives', couponValueWords(shown)],
      ['Valid', couponValidity(shown)],
      ['Uses per customer', String(shown.usesPerCustomer)],
      ['Total uses per code', shown.totalUses === null ? 'No limit' : String(shown.totalUses)],
      ['New members only', shown.newMembersOnly ? 'Yes' : 'No'],
      ['Experts', shown.expertIds === null ? 'Every package and credit package' : shown.expertIds.map((id) => expertNames.get(id) ?? id).join(', ')],
      ['Created', formatInstant(shown.createdAt)],
    ];
    ui.facts.replaceChildren(...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', { 'data-fact': term }, value)]));
    const limit = shown.totalUses === null ? '' : ` of ${shown.totalUses}`;
    ui.codes.replaceChildren(...shown.codes.map((code) => h('tr', {}, h('td', {}, h('code', { class: 'code' }, code.code)), h('td', { 'data-uses': '' }, `${code.uses}${limit}`))));
    ui.copy.textContent = shown.codes.length === 1 ? 'Copy the code' : `Copy all ${shown.codes.length} codes`;
    ui.deactivate.hidden = !shown.active;
    ui.deactivate.setAttribute('aria-label', `Deactivate: ${shown.title}`);
  }

  async function load(couponId: string): Promise<void> {
    if (!admin) return;
    try {
      const [loaded, experts] = await Promise.all([admin.coupons.get(couponId), admin.experts.list()]);
      expertNames = new Map(experts.map((expert) => [expert.id, expert.name]));
      render(loaded);
    } catch (error) {
      showAlert(`Could not load the coupon: ${describeError(error)}`);
    }
  }

  ui.deactivate.addEventListener('click', () => {
    if (!admin || !coupon) return;
    void deactivateCoupon(admin, coupon).then((done) => {
      if (!done) return;
      render(done);
      focusHeading(ui.title);
    });
  });

  ui.copy.addEventListener('click', () => {
    if (!coupon) return;
    const text = coupon.codes.map((code) => code.code).join('\n');
    navigator.clipboard.writeText(text).then(
      () => say(coupon && coupon.codes.length === 1 ? 'Copied the code.' : `Copied ${coupon?.codes.length ?? 0} codes, one a line.`),
      () => say('The browser refused to copy: select the codes in the table instead.'),
    );
  });

  return {
    show(client, couponId) {
      admin = client;
      coupon = undefined;
      ui.title.textContent = 'Coupon';
      ui.facts.replaceChildren();
      ui.codes.replaceChildren();
      ui.deactivate.hidden = true;
      focusHeading(ui.title);
      void load(couponId);
    },
  };
}
