import type { Route } from '../http/router.js';
import { adminPackageRoutes } from './admin-packages.js';
import { availabilityRoutes } from './availability.js';
import { bookingRoutes } from './bookings.js';
import { callRoutes } from './calls.js';
import type { RouteDeps } from './context.js';
import { creditPackageRoutes } from './credit-packages.js';
import { customerRoutes } from './customers.js';
import { expertRoutes } from './experts.js';
import { healthRoutes } from './health.js';
import { holdRoutes } from './holds.js';
import { phoneBalanceRoutes } from './phone-balance.js';
import { purchaseRoutes } from './purchases.js';
import { salesReportRoutes } from './sales-report.js';
import { slotRoutes } from './slots.js';

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
    ...bookingRoutes(deps),
    ...callRoutes(deps),
    ...creditPackageRoutes(deps),
    ...phoneBalanceRoutes(deps),
    ...salesReportRoutes(deps),
  ];
}
