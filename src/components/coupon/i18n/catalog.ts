import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { CouponTerms } from './terms.js';

/**
 * The texts of the coupon field that `<appt-checkout>` and `<appt-credits>` share; German,
 * Turkish and Arabic load on first use. `register` adds or rewords a language for both.
 */
export const couponTerms = createCatalog<CouponTerms>('coupon field', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the coupon field renders with: the shared texts and its own. */
export type CouponTexts = Translation & CouponTerms;
