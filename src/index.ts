/**
 * apptkit's element layer for npm users: element classes, typed events, contexts and the i18n
 * API. Importing this module registers nothing; import `apptkit/define` (or call
 * `ApptPackages.define('appt-packages')`, `ApptSlotPicker.define('appt-slot-picker')`,
 * `ApptCall.define('appt-call')`) to register the tags.
 */
export { ApptElement } from './components/base/appt-element.js';
export { ConfigurationError, isConfigurationError } from './components/base/configuration-error.js';
export { ApptPackages } from './components/packages/packages.component.js';
export { ApptSlotPicker } from './components/slot-picker/slot-picker.component.js';
export { ApptCall } from './components/call/call.component.js';
export type { CallFrame, CallFrameEvent, CallFrameFactory, CallFrameOptions } from './components/call/daily.js';
export {
  ApptPackageSelectEvent,
  ApptSlotSelectEvent,
  ApptCallJoinEvent,
  ApptCallEndEvent,
  type ApptCallEndReason,
} from './events/index.js';
export { clientContext, localeContext, attachContextRoot } from './context/index.js';
export {
  type Translation,
  type TextDirection,
  type Catalog,
  type TermSet,
  createCatalog,
  type PluralForms,
  type ResolvedLocale,
  plural,
  registerTranslation,
  getTranslation,
  loadTranslation,
  hasTranslation,
  fallbackTranslation,
  resolveLocale,
  formatDuration,
  LocalizeController,
  type Localization,
  en,
} from './i18n/index.js';
export type { SlotPickerTerms } from './components/slot-picker/i18n/terms.js';
export type { CallTerms } from './components/call/i18n/terms.js';
