import { createCatalog } from '../../../i18n/catalog.js';
import type { Translation } from '../../../i18n/translation.js';
import { en } from './en.js';
import type { SlotPickerTerms } from './terms.js';

/** The texts of the slot picker; German, Turkish and Arabic load on first use. */
export const slotPickerTerms = createCatalog<SlotPickerTerms>('<appt-slot-picker>', en, {
  de: () => import('./de.js').then((m) => m.de),
  tr: () => import('./tr.js').then((m) => m.tr),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/** What the slot picker renders with: the shared texts and its own. */
export type SlotPickerTexts = Translation & SlotPickerTerms;
