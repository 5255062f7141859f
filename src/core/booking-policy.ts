/**
 * The booking policy: until when a customer may cancel or move a booking, and whether a timely
 * cancellation gives the session back. The tenant has one; a package may override it. Shared by
 * the admin SDK (forms) and the reference server (which applies it).
 */
import type { Schema } from '../wire/index.js';
import { describe, integer, type Rule } from './field-rules.js';
import { isRecord } from './record.js';

/** openapi.yaml's `BookingPolicy`. */
export type BookingPolicy = Schema<'BookingPolicy'>;

/** Limits of the cut-offs, in hours before the start (30 days at most). */
export const CUTOFF_HOURS_LIMITS = Object.freeze({ min: 0, max: 720 } as const);

/** The policy of a tenant that never changed it: 24 hours for both, the session returned. */
export const DEFAULT_BOOKING_POLICY: Readonly<BookingPolicy> = Object.freeze({
  cancelCutoffHours: 24,
  rescheduleCutoffHours: 24,
  cancelReturnsSession: true,
});

const POLICY_FIELDS = ['cancelCutoffHours', 'rescheduleCutoffHours', 'cancelReturnsSession'] as const;
const cutoff = integer({ ...CUTOFF_HOURS_LIMITS, unit: 'hours' });

/**
 * A complete booking policy. The first problem is reported on the nested field it is about
 * (`bookingPolicy.cancelCutoffHours`: "bookingPolicy.cancelCutoffHours must be at most 720 hours").
 */
export const bookingPolicyRule: Rule<BookingPolicy> = (field, value) => {
  if (!isRecord(value)) {
    return { ok: false, code: 'invalid_type', message: `${field} must be an object (got ${describe(value)}).` };
  }
  const unknown = Object.keys(value).find((key) => !(POLICY_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    return { ok: false, field: `${field}.${unknown}`, code: 'unknown_field', message: `${field}.${unknown} is not a field of a booking policy.` };
  }
  for (const name of POLICY_FIELDS) {
    if (value[name] === undefined) return { ok: false, field: `${field}.${name}`, code: 'required', message: `${field}.${name} is required.` };
  }
  for (const name of ['cancelCutoffHours', 'rescheduleCutoffHours'] as const) {
    const check = cutoff(`${field}.${name}`, value[name]);
    if (!check.ok) return { ...check, field: `${field}.${name}` };
  }
  if (typeof value.cancelReturnsSession !== 'boolean') {
    const message = `${field}.cancelReturnsSession must be true or false (got ${describe(value.cancelReturnsSession)}).`;
    return { ok: false, field: `${field}.cancelReturnsSession`, code: 'invalid_type', message };
  }
  return {
    ok: true,
    value: {
      cancelCutoffHours: value.cancelCutoffHours as number,
      rescheduleCutoffHours: value.rescheduleCutoffHours as number,
      cancelReturnsSession: value.cancelReturnsSession,
    },
  };
};

/** The policy that applies to a package's bookings: its own, else the tenant's. */
export const effectivePolicy = (own: BookingPolicy | null | undefined, tenant: BookingPolicy): BookingPolicy => own ?? tenant;
