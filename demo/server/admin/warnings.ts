/**
 * Warnings: a write that succeeded but leaves something the admin should fix. They travel in the
 * answer's body as `warnings: [{ code, message }]` (documented in openapi.yaml as `Warning`), only
 * when there are some.
 */
import type { AppointmentPackage } from '../../../src/core/index.js';
import type { Queryable } from '../db/database.js';
import type * as Wire from '../../../src/wire/index.js';
import { phoneBalance } from '../db/phone-balance.js';

/** One warning of a successful write. */
export type Warning = Wire.Warning;

/**
 * The warnings of a package just written: a phone package while the tenant's USD phone balance is
 * zero cannot place its calls.
 */
export async function packageWarnings(db: Queryable, pkg: AppointmentPackage): Promise<Warning[]> {
  if (pkg.service !== 'phone' || (await phoneBalance(db)) > 0) return [];
  return [
    {
      code: 'phone_balance_empty',
      message: `Package ${pkg.id} is a phone call but the phone balance is 0 USD: its calls cannot be placed until you top up (POST /v1/admin/phone-balance/top-ups).`,
    },
  ];
}

/** `body` with its `warnings` member when there are any. */
export function withWarnings<T extends object>(body: T, warnings: readonly Warning[]): T & { warnings?: Warning[] } {
  return warnings.length > 0 ? { ...body, warnings: [...warnings] } : body;
}
