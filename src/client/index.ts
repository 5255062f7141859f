/**
 * apptkit client: the typed HTTP client the widget uses to read experts, packages and slots, to
 * hold slots, to sign a customer in, to buy packages and credits and book sessions, and to join a
 * booking's call.
 */
export { createClient } from './client.js';
export type { AppointmentPackage, FieldError } from '../core/package.js';
export type { Slot } from '../core/slots/types.js';
export type { BookingAccessOptions, BookingCancelOptions, BookingChangeOptions } from './api.js';
export type { BookingPolicy } from '../core/booking-policy.js';
export type {
  ApptClient,
  Booking,
  BookingChange,
  BookingInput,
  BookingResult,
  CallCredentials,
  CallEndAnswer,
  CallEndedBy,
  CallJoinInput,
  CallParticipant,
  CallProvider,
  CallStateAnswer,
  ClientOptions,
  CouponQuote,
  CouponQuoteInput,
  CreditOffer,
  CreditOfferQuery,
  CreditPurchaseInput,
  CreditPurchaseReceipt,
  Customer,
  CustomerSession,
  CustomerTokenSource,
  Expert,
  GuestDetails,
  Hold,
  HoldCreateOptions,
  HoldInput,
  HoldReference,
  IdempotentRequestOptions,
  JoinAnswer,
  ManagedBooking,
  MyBookings,
  PackageListQuery,
  PastPurchase,
  PaymentConfig,
  PaymentMethodKind,
  PaymentStatus,
  PhoneDialStatus,
  Purchase,
  PurchaseInput,
  PurchaseReceipt,
  RequestOptions,
  RetryOptions,
  SignInCodeInput,
  SlotList,
  SlotListQuery,
} from './types.js';
export * from './errors.js';
