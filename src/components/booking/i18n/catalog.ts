import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { BookingTerms } from './terms.js';

/** The texts of the booking flow's frame; German, Turkish and Arabic load on first use. */
export const bookingTerms = createCatalog<BookingTerms>('<appt-booking>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the booking flow renders with: the shared texts and its own. */
export type BookingTexts = Translation & BookingTerms;
