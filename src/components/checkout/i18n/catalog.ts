import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { CheckoutTerms } from './terms.js';

/** The texts of the checkout; German, Turkish and Arabic load on first use. */
export const checkoutTerms = createCatalog<CheckoutTerms>('<appt-checkout>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the checkout renders with: the shared texts and its own. */
export type CheckoutTexts = Translation & CheckoutTerms;
