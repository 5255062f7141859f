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
export { ApptCheckout, type CheckoutMethod } from './components/checkout/checkout.component.js';
export { ApptBooking, type BookingStep } from './components/booking/booking.component.js';
export type { StripeLoader, StripePort, ElementsPort, PaymentElementPort } from './components/payment/stripe.js';
export { CustomerSession, type CustomerTokenProvider } from './context/customer-session.js';
export { ApptSignIn } from './components/sign-in/sign-in.component.js';
export { ApptMyBookings } from './components/my-bookings/my-bookings.component.js';
export { ApptCredits } from './components/credits/credits.component.js';
export type { CallFrame, CallFrameEvent, CallFrameFactory, CallFrameOptions } from './components/call/daily.js';
export {
  ApptPackageSelectEvent,
  ApptSlotSelectEvent,
  ApptCallJoinEvent,
  ApptCallEndEvent,
  type ApptCallEndReason,
  ApptCheckoutStartEvent,
  ApptBookingConfirmedEvent,
  type ConfirmedSession,
  ApptPaymentFailedEvent,
  type PaymentFailureCode,
  ApptSlotsLostEvent,
} from './events/index.js';
export { ApptSignedInEvent } from './events/index.js';
export { ApptCreditsPurchasedEvent } from './events/index.js';
export { clientContext, localeContext, customerContext, attachContextRoot } from './context/index.js';
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
export type { CheckoutTerms } from './components/checkout/i18n/terms.js';
export type { BookingTerms } from './components/booking/i18n/terms.js';
export type { SignInTerms } from './components/sign-in/i18n/terms.js';
export type { MyBookingsTerms } from './components/my-bookings/i18n/terms.js';
export type { CreditsTerms } from './components/credits/i18n/terms.js';
