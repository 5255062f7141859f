import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { SignInTerms } from './terms.js';

/** The texts of the sign-in form; German, Turkish and Arabic load on first use. */
export const signInTerms = createCatalog<SignInTerms>('<appt-sign-in>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the sign-in form renders with: the shared texts and its own. */
export type SignInTexts = Translation & SignInTerms;
