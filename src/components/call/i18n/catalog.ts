import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { CallTerms } from './terms.js';

/** The texts of the call launcher; German, Turkish and Arabic load on first use. */
export const callTerms = createCatalog<CallTerms>('<appt-call>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the call launcher renders with: the shared texts and its own. */
export type CallTexts = Translation & CallTerms;
