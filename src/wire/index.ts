/**
 * The wire types: aliases of the types generated from openapi.yaml into ./openapi.ts (run
 * `npm run generate` after changing the spec). The client, the admin SDK and the reference server
 * name their wire shapes through these aliases and never copy a shape by hand, so a change of the
 * spec makes `npm run typecheck` fail wherever code disagrees with it.
 *
 * Names follow the spec's `components.schemas`; the public names of the client and the admin SDK
 * (e.g. `Customer` for the spec's `Me`) are aliases of these in src/client/types.ts and
 * src/admin/types.ts.
 */
import type { components, operations, paths } from './openapi.js';

export type { components, operations, paths };

/** The names of the spec's schemas. */
export type SchemaName = keyof components['schemas'];

/** The schema `N` of openapi.yaml (`#/components/schemas/N`). */
export type Schema<N extends SchemaName> = components['schemas'][N];

/**
 * A request body as a caller may hand it over: every array property may be `readonly` (the client
 * only reads it). Optional properties stay optional.
 */
export type ReadonlyArrays<T> = { [K in keyof T]: ReadonlyIfArray<T[K]> };
type ReadonlyIfArray<V> = V extends (infer E)[] ? readonly E[] : V;

// Shared scalars and enumerations.
export type Instant = Schema<'Instant'>;
export type InstantInput = Schema<'InstantInput'>;
export type Locale = Schema<'Locale'>;
export type TimeZone = Schema<'TimeZone'>;
export type CountryCode = Schema<'CountryCode'>;
export type CurrencyCode = Schema<'CurrencyCode'>;
export type AppointmentType = Schema<'AppointmentType'>;
export type OnlineService = Schema<'OnlineService'>;
export type EndMode = Schema<'EndMode'>;
export type EndTiming = Schema<'EndTiming'>;

// Experts, packages and credit packages.
export type Expert = Schema<'Expert'>;
export type ExpertList = Schema<'ExpertList'>;
export type AppointmentPackageInput = Schema<'AppointmentPackageInput'>;
export type AppointmentPackageCreate = Schema<'AppointmentPackageCreate'>;
export type AppointmentPackagePatch = Schema<'AppointmentPackagePatch'>;
export type AppointmentPackage = Schema<'AppointmentPackage'>;
export type AppointmentPackageWrite = Schema<'AppointmentPackageWrite'>;
export type PackageList = Schema<'PackageList'>;
export type PackagePage = Schema<'PackagePage'>;
export type PackageOrder = Schema<'PackageOrder'>;
export type Warning = Schema<'Warning'>;
export type CreditPackageInput = Schema<'CreditPackageInput'>;
export type CreditPackagePatch = Schema<'CreditPackagePatch'>;
export type CreditPackage = Schema<'CreditPackage'>;
export type CreditPackageList = Schema<'CreditPackageList'>;

// Scheduling.
export type Slot = Schema<'Slot'>;
export type SlotList = Schema<'SlotList'>;
export type HoldCreate = Schema<'HoldCreate'>;
export type Hold = Schema<'Hold'>;
export type TimeRange = Schema<'TimeRange'>;
export type WeeklyRule = Schema<'WeeklyRule'>;
export type DateOverride = Schema<'DateOverride'>;
export type Block = Schema<'Block'>;
export type BlockInput = Schema<'BlockInput'>;
export type Availability = Schema<'Availability'>;
export type AvailabilityInput = Schema<'AvailabilityInput'>;

// Customers, sign-in and tokens.
export type Me = Schema<'Me'>;
export type SignInCodeCreate = Schema<'SignInCodeCreate'>;
export type SignInCodeSent = Schema<'SignInCodeSent'>;
export type SignInTokenCreate = Schema<'SignInTokenCreate'>;
export type CustomerSession = Schema<'CustomerSession'>;
export type CustomerTokenCreate = Schema<'CustomerTokenCreate'>;
export type CustomerToken = Schema<'CustomerToken'>;
export type CreditGrant = Schema<'CreditGrant'>;
export type CreditBalance = Schema<'CreditBalance'>;
export type ExpertTokenCreate = Schema<'ExpertTokenCreate'>;
export type ExpertToken = Schema<'ExpertToken'>;

// Purchases, bookings and payments.
export type PaymentConfig = Schema<'PaymentConfig'>;
export type Guest = Schema<'Guest'>;
export type PurchaseCreate = Schema<'PurchaseCreate'>;
export type PurchaseConfirm = Schema<'PurchaseConfirm'>;
export type Purchase = Schema<'Purchase'>;
export type PurchaseReceipt = Schema<'PurchaseReceipt'>;
export type Booking = Schema<'Booking'>;
export type BookingCreate = Schema<'BookingCreate'>;
export type BookingResult = Schema<'BookingResult'>;
export type MyBookings = Schema<'MyBookings'>;
export type CreditPurchaseCreate = Schema<'CreditPurchaseCreate'>;
export type CreditPurchaseReceipt = Schema<'CreditPurchaseReceipt'>;

// Calls.
export type JoinRequest = Schema<'JoinRequest'>;
export type JoinAnswer = Schema<'JoinAnswer'>;
export type SessionTimes = Schema<'SessionTimes'>;
export type CallState = Schema<'CallState'>;
export type CallEnd = Schema<'CallEnd'>;

// Admin: phone balance, sales report, outbox, health.
export type PhoneBalance = Schema<'PhoneBalance'>;
export type PhoneTopUp = Schema<'PhoneTopUp'>;
export type PaymentAttemptStatus = Schema<'PaymentAttemptStatus'>;
export type SaleRow = Schema<'SaleRow'>;
export type SalesTotal = Schema<'SalesTotal'>;
export type SalesReport = Schema<'SalesReport'>;
export type OutboxMail = Schema<'OutboxMail'>;
export type OutboxList = Schema<'OutboxList'>;
export type Health = Schema<'Health'>;

// Problems (RFC 9457).
export type FieldError = Schema<'FieldError'>;
export type ProblemCode = Schema<'ProblemCode'>;
export type Problem = Schema<'Problem'>;
