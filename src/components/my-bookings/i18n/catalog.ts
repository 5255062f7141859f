import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { MyBookingsTerms } from './terms.js';

/** The texts of "my bookings"; German, Turkish and Arabic load on first use. */
export const myBookingsTerms = createCatalog<MyBookingsTerms>('<appt-my-bookings>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What "my bookings" renders with: the shared texts and its own. */
export type MyBookingsTexts = Translation & MyBookingsTerms;
