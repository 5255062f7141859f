/**
 * `admin.settings`: the tenant's settings a back office needs: its home country and currency, the
 * booking policy of every package without its own, and when customers are reminded of a session.
 */
import { answer } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import { bookingPolicyRule, type BookingPolicy } from '../../core/booking-policy.js';
import type { FieldError } from '../../core/package.js';
import { isRecord } from '../../core/record.js';
import type { Send } from '../availability/api.js';
import { ifMatch, requireVersion, shown } from '../args.js';
import { ValidationError } from '../errors.js';
import { placePolicyError } from '../form/policy-fields.js';
import type { AdminRequestOptions, VersionOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';

/**
 * The tenant's settings: `defaultCountry` (ISO 3166-1 alpha-2) and `defaultCurrency` (ISO 4217),
 * its home market, which a new package form preselects; `bookingPolicy`, the policy of every
 * package without its own; `reminderMinutes`, when customers are reminded of a session (minutes
 * before its start); and `version`, sent back as `If-Match` by {@link SettingsApi.update}.
 */
export type TenantSettings = Wire.Schema<'TenantSettings'>;

/** What {@link SettingsApi.update} changes: the booking policy, the reminder times, or both. */
export type TenantSettingsPatch = Wire.Schema<'TenantSettingsPatch'>;

export type { BookingPolicy };

/** `admin.settings`. */
export interface SettingsApi {
  /**
   * The tenant's settings.
   *
   * @example
   * const { defaultCountry, defaultCurrency } = await admin.settings.get();
   */
  get(options?: AdminRequestOptions): Promise<TenantSettings>;
  /**
   * Changes the booking policy or the reminder times of settings read at `options.version`;
   * resolves with them at version + 1. A stale version rejects with a `VersionConflictError`. The
   * patch is checked first: a bad one rejects with a `ValidationError` naming each field
   * (`bookingPolicy.cancelCutoffHours`, `reminderMinutes[1]`…) and sends nothing.
   *
   * @example
   * const settings = await admin.settings.get();
   * await admin.settings.update({ bookingPolicy: { ...settings.bookingPolicy, cancelCutoffHours: 48 } }, { version: settings.version });
   */
  update(patch: TenantSettingsPatch, options: VersionOptions): Promise<TenantSettings>;
}

/** Reminder times: at most 5, each a whole number of minutes from 5 to 10080 (7 days), none twice. */
const REMINDERS = { max: 5, min: 5, most: 10_080 } as const;

/** Every problem of the reminder times `value` (at `reminderMinutes`). */
function reminderErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [{ field: 'reminderMinutes', code: 'invalid_type', message: `reminderMinutes must be an array of minutes before the start (got ${shown(value)}).` }];
  }
  const errors: FieldError[] = [];
  if (value.length > REMINDERS.max) {
    errors.push({ field: 'reminderMinutes', code: 'too_long', message: `reminderMinutes may hold at most ${REMINDERS.max} times (got ${value.length}).` });
  }
  value.forEach((minutes: unknown, index) => {
    const field = `reminderMinutes[${index}]`;
    if (!Number.isInteger(minutes) || (minutes as number) < REMINDERS.min || (minutes as number) > REMINDERS.most) {
      errors.push({ field, code: 'out_of_range', message: `${field} must be a whole number of minutes from ${REMINDERS.min} to ${REMINDERS.most} (got ${shown(minutes)}).` });
    } else if (value.indexOf(minutes) < index) {
      errors.push({ field, code: 'duplicate', message: `${field} repeats ${String(minutes)} minutes, already at reminderMinutes[${value.indexOf(minutes)}].` });
    }
  });
  return errors;
}

/** The checked patch: one or both known fields; throws a {@link ValidationError} naming every problem. */
function checkPatch(patch: unknown): TenantSettingsPatch {
  const fail = (errors: FieldError[]): never => {
    throw new ValidationError('The settings update', errors);
  };
  if (!isRecord(patch)) return fail([{ field: '', code: 'invalid_type', message: `The settings update must be an object (got ${shown(patch)}).` }]);
  const errors: FieldError[] = Object.keys(patch)
    .filter((key) => key !== 'bookingPolicy' && key !== 'reminderMinutes')
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} cannot be changed here: send bookingPolicy or reminderMinutes.` }));
  if (patch.bookingPolicy === undefined && patch.reminderMinutes === undefined) {
    errors.push({ field: '', code: 'required', message: 'The settings update needs bookingPolicy or reminderMinutes (or both).' });
  }
  const result: TenantSettingsPatch = {};
  if (patch.bookingPolicy !== undefined) {
    const policy = bookingPolicyRule('bookingPolicy', patch.bookingPolicy);
    if (policy.ok) result.bookingPolicy = policy.value;
    else errors.push(placePolicyError({ field: 'bookingPolicy', code: policy.code, message: policy.message }));
  }
  if (patch.reminderMinutes !== undefined) {
    const problems = reminderErrors(patch.reminderMinutes);
    if (problems.length === 0) result.reminderMinutes = [...(patch.reminderMinutes as number[])];
    errors.push(...problems);
  }
  return errors.length > 0 ? fail(errors) : result;
}

const parseSettings = answer(wire.TenantSettings);

/** The settings methods of an admin client. */
export function createSettingsApi(send: Send): SettingsApi {
  return Object.freeze({
    get: async ({ signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: 'v1/admin/settings', signal, parse: parseSettings }),
    update: async (patch: TenantSettingsPatch, options: VersionOptions) => {
      const version = requireVersion(options, "the settings'");
      const json = checkPatch(patch);
      return send({ method: 'PATCH', path: 'v1/admin/settings', json, headers: ifMatch(version), signal: options.signal, parse: parseSettings });
    },
  } satisfies SettingsApi);
}
