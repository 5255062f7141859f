import type { Route } from '../http/router.js';
import { adminBookingRoutes } from './admin-bookings.js';
import { adminPackageRoutes } from './admin-packages.js';
import { availabilityRoutes } from './availability.js';
import { bookingChangeRoutes } from './booking-changes.js';
import { bookingRoutes } from './bookings.js';
import { callRoutes } from './calls.js';
import { campaignRoutes } from './campaigns.js';
import type { RouteDeps } from './context.js';
import { couponQuoteRoutes } from './coupon-quotes.js';
import { couponRoutes } from './coupons.js';
import { creditPackageRoutes } from './credit-packages.js';
import { creditPurchaseRoutes } from './credit-purchases.js';
import { customerRoutes } from './customers.js';
import { expertRoutes } from './experts.js';
import { healthRoutes } from './health.js';
import { holdRoutes } from './holds.js';
import { noShowRoutes } from './no-shows.js';
import { outboxRoutes } from './outbox.js';
import { paymentConfigRoutes } from './payment-config.js';
import { phoneBalanceRoutes } from './phone-balance.js';
import { purchaseRoutes } from './purchases.js';
import { refundRoutes } from './refunds.js';
import { salesReportRoutes } from './sales-report.js';
import { signInRoutes } from './sign-in.js';
import { slotRoutes } from './slots.js';
import { tenantSettingsRoutes } from './tenant-settings.js';
import { webhookRoutes } from './webhooks.js';

export type { RouteDeps } from './context.js';

/** Every route of the API, as the server mounts them (openapi.yaml documents the same set). */
export function allRoutes(deps: RouteDeps): Route[] {
  return [
    ...healthRoutes(),
    ...expertRoutes(deps),
    ...slotRoutes(deps),
    ...holdRoutes(deps),
    ...adminPackageRoutes(deps),
    ...availabilityRoutes(deps),
    ...customerRoutes(deps),
    ...purchaseRoutes(deps),
    ...couponQuoteRoutes(deps),
    ...bookingRoutes(deps),
    ...bookingChangeRoutes(deps),
    ...adminBookingRoutes(deps),
    ...noShowRoutes(deps),
    ...refundRoutes(deps),
    ...callRoutes(deps),
    ...creditPackageRoutes(deps),
    ...campaignRoutes(deps),
    ...couponRoutes(deps),
    ...webhookRoutes(deps),
    ...phoneBalanceRoutes(deps),
    ...tenantSettingsRoutes(deps),
    ...salesReportRoutes(deps),
    ...paymentConfigRoutes(deps),
    ...signInRoutes(deps),
    ...creditPurchaseRoutes(deps),
    ...outboxRoutes(deps),
  ];
}
