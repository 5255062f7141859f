import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { CreditsTerms } from './terms.js';

/** The texts of `<appt-credits>`; German, Turkish and Arabic load on first use. */
export const creditsTerms = createCatalog<CreditsTerms>('<appt-credits>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What `<appt-credits>` renders with: the shared texts and its own. */
export type CreditsTexts = Translation & CreditsTerms;
