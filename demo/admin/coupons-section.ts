/**
 * Marketing › Coupons: every coupon, newest first, with what it gives, its codes and their uses,
 * its validity in the admin's zone and whether it works; each opens its detail page.
 */
import type { AdminClient, Coupon } from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { focusHeading } from './form-kit.js';
import { formatInstant, formatSpan, LOCAL_ZONE } from './format.js';

/** The coupons list's entry point for the dashboard. */
export interface CouponsSection {
  /** Loads the first page for `admin` and focuses the heading. */
  show(admin: AdminClient): void;
}

/** Where a coupon stands at `now`: its codes work, will work, have expired, or it was deactivated. */
export type CouponState = 'active' | 'scheduled' | 'ended' | 'inactive';

/** The state of `coupon` at `now` (epoch ms). */
export function couponState(coupon: Coupon, now: number): CouponState {
  if (!coupon.active) return 'inactive';
  if (coupon.expiresAt !== null && now >= Date.parse(coupon.expiresAt)) return 'ended';
  return now < Date.parse(coupon.startsAt) ? 'scheduled' : 'active';
}

/** A coupon state in words. */
export const COUPON_STATE_WORDS: Record<CouponState, string> = { active: 'Active', scheduled: 'Scheduled', ended: 'Expired', inactive: 'Deactivated' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a coupon gives: "20 % off" (and on which price) or "50 gift credits". */
export function couponValueWords(coupon: Coupon): string {
  if ('giftCredits' in coupon.value) return plural(coupon.value.giftCredits, 'gift credit', 'gift credits');
  return `${coupon.value.percentOff} % off${coupon.appliesTo === 'campaign' ? ' the campaign price' : ''}`;
}

/** When a coupon's codes work, in the admin's zone: "Mar 1, 2027, 10:00 GMT+1 – Apr 1, 2027, …" or "From …, no expiry". */
export function couponValidity(coupon: Coupon): HTMLSpanElement {
  if (coupon.expiresAt !== null) return formatSpan(coupon.startsAt, coupon.expiresAt);
  return h('span', {}, 'From ', h('span', { class: 'nowrap' }, formatInstant(coupon.startsAt)), ', no expiry');
}

/** The codes and their uses: "3 codes · 2 uses", or "Code SPRING · 2 uses" with the one code in monospace. */
export function couponCodesWords(coupon: Coupon): HTMLSpanElement {
  const uses = plural(coupon.codes.reduce((sum, code) => sum + code.uses, 0), 'use', 'uses');
  const only = coupon.codes.length === 1 ? coupon.codes[0] : undefined;
  if (only) return h('span', {}, 'Code ', h('code', { class: 'code' }, only.code), ` · ${uses}`);
  return h('span', {}, `${plural(coupon.codes.length, 'code', 'codes')} · ${uses}`);
}

/** Deactivates `coupon` after the admin confirms; resolves with the deactivated coupon, or `undefined` when not done. */
export async function deactivateCoupon(admin: AdminClient, coupon: Coupon): Promise<Coupon | undefined> {
  if (!window.confirm(`Deactivate the coupon "${coupon.title}"? Its codes stop working at once; uses already made keep their discount.`)) return undefined;
  clearAlert();
  try {
    const done = await admin.coupons.deactivate(coupon.id);
    say(`Deactivated "${done.title}".`);
    return done;
  } catch (error) {
    showAlert(describeError(error));
    return undefined;
  }
}

/** Creates the list over the page's `#coupon*` elements. */
export function createCouponsSection(): CouponsSection {
  const ui = {
    title: byId<HTMLHeadingElement>('coupons-title'),
    zone: byId<HTMLParagraphElement>('coupons-zone'),
    rows: byId<HTMLUListElement>('coupon-rows'),
    more: byId<HTMLButtonElement>('coupons-more'),
  };
  ui.zone.textContent = `Times are in your time zone, ${LOCAL_ZONE}.`;
  let admin: AdminClient | undefined;
  let cursor: string | null = null;

  function row(coupon: Coupon, now: number): HTMLLIElement {
    const state = couponState(coupon, now);
    const link = h('a', { href: `#/marketing/coupons/${encodeURIComponent(coupon.id)}` }, coupon.title);
    const actions = h('div', { class: 'buttons' });
    if (coupon.active) {
      const button = h('button', { type: 'button', class: 'danger', 'aria-label': `Deactivate: ${coupon.title}` }, 'Deactivate');
      button.addEventListener('click', () => {
        if (!admin) return;
        button.disabled = true;
        void deactivateCoupon(admin, coupon).then(async (done) => {
          if (!done) {
            button.disabled = false;
            return;
          }
          await load(false);
          ui.rows.querySelector<HTMLElement>(`[data-coupon="${CSS.escape(done.id)}"] a`)?.focus();
        });
      });
      actions.append(button);
    }
    return h(
      'li',
      { class: 'record', 'data-coupon': coupon.id, 'data-state': state },
      h(
        'div',
        { class: 'record-body' },
        h('div', { class: 'record-title' }, link, h('span', { class: `badge ${state}` }, COUPON_STATE_WORDS[state])),
        h('p', { class: 'offer' }, couponValueWords(coupon)),
        h('p', { class: 'meta codes-uses' }, couponCodesWords(coupon)),
        h('p', { class: 'meta when' }, couponValidity(coupon)),
      ),
      actions,
    );
  }

  async function load(append: boolean): Promise<void> {
    if (!admin) return;
    try {
      const page = await admin.coupons.list({ limit: 20, ...(append && cursor ? { cursor } : {}) });
      const now = Date.now();
      const rows = page.data.map((coupon) => row(coupon, now));
      if (append) ui.rows.append(...rows);
      else ui.rows.replaceChildren(...rows);
      if (!append && rows.length === 0) ui.rows.append(h('li', { class: 'empty' }, 'No coupons yet. Choose New coupon to create one.'));
      cursor = page.nextCursor;
      ui.more.hidden = cursor === null;
      say(`${plural(ui.rows.querySelectorAll('.record').length, 'coupon', 'coupons')}, newest first.`);
    } catch (error) {
      showAlert(`Could not load the coupons: ${describeError(error)}`);
    }
  }

  ui.more.addEventListener('click', () => void load(true));

  return {
    show(client) {
      admin = client;
      cursor = null;
      focusHeading(ui.title);
      void load(false);
    },
  };
}
