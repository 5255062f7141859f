/**
 * apptkit admin: the headless admin SDK for package CRUD inside any dashboard. No UI, no framework,
 * no DOM: works in Node 20 and browsers.
 *
 * - {@link createAdminClient}: typed CRUD, paging and reorder over `/v1/admin` with the admin key,
 *   an expert's availability (weekly rules, date overrides, blocks), credit packages, customer
 *   tokens and credit grants, the phone balance, the settings (booking policy, reminder times),
 *   cancelling a booking, marking a no-show, refunding a purchase, the sales report and webhook
 *   endpoints with their delivery log.
 * - {@link createPackageStore}: a live list of one expert's packages with optimistic writes.
 * - {@link packageFormFields} / {@link mapErrorsToFields}: localized form descriptors and error placement.
 */
export { createAdminClient } from './client.js';
export type {
  AdminClient,
  AdminClientOptions,
  AdminRequestOptions,
  CreateOptions,
  PackageCreateInput,
  PackageFilter,
  PackageListQuery,
  PackagePage,
  VersionOptions,
} from './types.js';
export type {
  Availability,
  AvailabilityApi,
  AvailabilityInput,
  Block,
  BlockInput,
  DateOverride,
  TimeRange,
  Weekday,
  WeeklyRule,
} from './availability/types.js';
export type { CreditPackage, CreditPackageInput } from '../core/credit-package.js';
export type { CreditPackageFilter, CreditPackagesApi } from './credit-packages/api.js';
export type { Campaign, CampaignInput, CampaignListQuery, CampaignPage, CampaignPatch, CampaignsApi, CampaignType } from './campaigns/api.js';
export { CAMPAIGN_TYPES, validateCampaign, validateCampaignPatch } from '../core/validate-campaign.js';
export { bestCampaignPrice, discountedPrice, isCampaignRunning, type Discount } from '../core/campaign-price.js';
export type { Coupon, CouponAppliesTo, CouponCreate, CouponListQuery, CouponPage, CouponsApi, CouponValue } from './coupons/api.js';
export { COUPON_APPLIES_TO, MAX_COUPON_CODES, validateCoupon } from '../core/validate-coupon.js';
export { CREDIT_PACKAGE_FIELDS, validateCreditPackage, validateCreditPackagePatch } from '../core/validate-credit-package.js';
export type {
  AdminCustomer,
  CreditBalance,
  CreditGrantInput,
  CreditMovementInput,
  CustomerCreateInput,
  CustomerDetail,
  CustomerListQuery,
  CustomerPage,
  CustomerToken,
  CustomerTokenInput,
  CustomersApi,
  CustomerTokensApi,
} from './customers/api.js';
export type { PhoneBalance, PhoneBalanceApi, PhoneTopUp } from './phone-balance/api.js';
export type { BookingPolicy, SettingsApi, TenantSettings, TenantSettingsPatch } from './settings/api.js';
export type { AdminBookingCancel, BookingChange, BookingsApi } from './bookings/api.js';
export type { Booking, NoShowsApi } from './no-shows/api.js';
export type { PurchasesApi, Refund, RefundAnswer, RefundInput } from './purchases/api.js';
export { CUTOFF_HOURS_LIMITS, DEFAULT_BOOKING_POLICY } from '../core/booking-policy.js';
export type { ReportsApi } from './sales/api.js';
export type { PaymentAttemptStatus, SaleRow, SalesCsvOptions, SalesFilter, SalesQuery, SalesReportPage, SalesTotal } from './sales/types.js';
export {
  WEBHOOK_EVENT_TYPES,
  type WebhookDelivery,
  type WebhookDeliveryPage,
  type WebhookDeliveryQuery,
  type WebhookEndpoint,
  type WebhookEndpointCreated,
  type WebhookEndpointInput,
  type WebhookEndpointPatch,
  type WebhookEndpointsApi,
  type WebhookEvent,
  type WebhookEventType,
  type WebhooksApi,
} from './webhooks/api.js';
export type { AdminWarning, PackageWriteResult } from './warnings.js';
export {
  ValidationError,
  VersionConflictError,
  fieldErrorsOf,
  isValidationError,
  isVersionConflict,
} from './errors.js';
export {
  campaignFormFields,
  campaignFormValuesOf,
  campaignFormValuesToInput,
  isCampaignFieldVisible,
  type CampaignFieldKind,
  type CampaignFormField,
  type CampaignFormValues,
} from './form/campaign-fields.js';
export type { CampaignFormFieldName, CampaignTranslation } from './i18n/campaigns.js';
export {
  couponFormFields,
  couponFormValuesToInput,
  emptyCouponFormValues,
  isCouponFieldVisible,
  type CouponFieldCondition,
  type CouponFieldKind,
  type CouponFormField,
  type CouponFormValues,
} from './form/coupon-fields.js';
export type { CouponCodeMode, CouponFormFieldName, CouponTranslation, CouponValueKind } from './i18n/coupons.js';
export { createPackageStore } from './store/store.js';
export type {
  PackageStore,
  PackageStoreOptions,
  PackageStoreSnapshot,
  PackageStoreStatus,
  PendingOperation,
} from './store/types.js';
export {
  bookingPolicyFormFields,
  bookingPolicyFormValuesOf,
  bookingPolicyFormValuesToInput,
  placePolicyError,
  type BookingPolicyFieldName,
  type BookingPolicyFormField,
  type BookingPolicyFormValues,
} from './form/policy-fields.js';
export type { BookingPolicyField, PolicyTranslation } from './i18n/policy.js';
export {
  OWN_POLICY,
  isFieldVisible,
  packageFormFields,
  type FieldKind,
  type FieldOption,
  type PackageFormField,
  type PackageFormFieldName,
  type PackageFormFields,
  type VisibilityRule,
} from './form/fields.js';
export { emptyFormValues, formValuesOf, formValuesToInput, type PackageFormValues } from './form/values.js';
export { mapErrorsToFields, type LocalizedFieldError, type MappedErrors } from './form/errors.js';
export { majorTextToMinor, minorToMajorText, moneyFractionDigits, moneyStep } from './form/money.js';
export { ADMIN_LANGUAGES, adminTranslation, type AdminLanguage, type AdminTranslation, type FieldText, type PackageInputField } from './i18n/index.js';
export * from '../http/errors.js';
export type { RetryOptions } from '../http/options.js';
export type { Expert } from '../wire/index.js';
export type { AppointmentPackage, AppointmentPackageInput, FieldError } from '../core/package.js';
