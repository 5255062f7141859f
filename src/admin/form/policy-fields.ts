/**
 * Form descriptors of a booking policy, as the package form's (`fields.ts`): the tenant's policy
 * in a settings form (`admin.settings.update`), and a package's own policy inside the package form
 * (see {@link packageFormFields}). Limits come from core's booking policy, texts from
 * `src/admin/i18n/policy.ts`. Field names are the nested wire names (`bookingPolicy.cancelCutoffHours`),
 * which the server's field errors name too.
 */
import { CUTOFF_HOURS_LIMITS, type BookingPolicy } from '../../core/booking-policy.js';
import type { FieldError } from '../../core/package.js';
import { policyTranslation, type BookingPolicyField } from '../i18n/policy.js';
import type { FieldOption } from './fields.js';

/** The wire name of a field of a booking policy, below `bookingPolicy`. */
export type BookingPolicyFieldName = `bookingPolicy.${BookingPolicyField}`;

/** One field of the booking policy form. */
export interface BookingPolicyFormField {
  /** The nested wire name, also the `field` of the server's field errors. */
  readonly name: BookingPolicyFieldName;
  /** A cut-off is a `number` of hours; whether a cancelled session returns is a `select` of `"true"` / `"false"`. */
  readonly kind: 'number' | 'select';
  readonly label: string;
  readonly help: string;
  /** Always true: a policy has all three. */
  readonly required: true;
  readonly options?: readonly FieldOption[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly unit?: string;
}

/** A booking policy form's values as inputs hold them: one string per field. */
export type BookingPolicyFormValues = Record<BookingPolicyFieldName, string>;

const FIELDS: readonly BookingPolicyField[] = ['cancelCutoffHours', 'rescheduleCutoffHours', 'cancelReturnsSession'];

const cache = new Map<string, readonly BookingPolicyFormField[]>();

/**
 * The booking policy form's fields for `locale` (en, de, tr, ar; others fall back to English):
 * the two cut-offs in hours (0–720) and whether a session cancelled in time goes back to the
 * package. Frozen and cached per locale.
 *
 * @example
 * const settings = await admin.settings.get();
 * const fields = bookingPolicyFormFields('de');
 * const values = bookingPolicyFormValuesOf(settings.bookingPolicy);
 * // … the admin edits the values …
 * await admin.settings.update({ bookingPolicy: bookingPolicyFormValuesToInput(values) as BookingPolicy }, { version: settings.version });
 */
export function bookingPolicyFormFields(locale = 'en'): readonly BookingPolicyFormField[] {
  const key = typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : 'en';
  const cached = cache.get(key);
  if (cached) return cached;
  const t = policyTranslation(key);
  const hours = { kind: 'number', ...CUTOFF_HOURS_LIMITS, step: 1, unit: t.hours } as const;
  const returns = {
    kind: 'select',
    options: Object.freeze([
      Object.freeze({ value: 'true', label: t.returnsSession.true }),
      Object.freeze({ value: 'false', label: t.returnsSession.false }),
    ]),
  } as const;
  const fields = Object.freeze(
    FIELDS.map((field): BookingPolicyFormField =>
      Object.freeze({
        name: `bookingPolicy.${field}` as const,
        ...(field === 'cancelReturnsSession' ? returns : hours),
        label: t.fields[field].label,
        help: t.fields[field].help,
        required: true as const,
      }),
    ),
  );
  cache.set(key, fields);
  return fields;
}

/** The form values of a stored policy: hours as decimal text, `"true"` or `"false"`. */
export function bookingPolicyFormValuesOf(policy: BookingPolicy): BookingPolicyFormValues {
  return {
    'bookingPolicy.cancelCutoffHours': String(policy.cancelCutoffHours),
    'bookingPolicy.rescheduleCutoffHours': String(policy.rescheduleCutoffHours),
    'bookingPolicy.cancelReturnsSession': String(policy.cancelReturnsSession),
  };
}

/**
 * Reads form values into a booking policy for `admin.settings.update` or a package's
 * `bookingPolicy`: hours parsed as numbers (text that is not a whole number is kept, so that the
 * validator names the field), `"true"` / `"false"` as booleans, an empty field left out (so that
 * it is reported as required).
 */
export function bookingPolicyFormValuesToInput(values: Readonly<Partial<Record<string, string>>>): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = (values[`bookingPolicy.${field}`] ?? '').trim();
    if (raw === '') continue;
    if (field === 'cancelReturnsSession') policy[field] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else policy[field] = /^[+-]?\d+$/.test(raw) ? Number(raw) : raw;
  }
  return policy;
}

/**
 * The error placed on the policy field it is about: a problem reported on `bookingPolicy` as a
 * whole (as core's `bookingPolicyRule` does) names the nested field first in its message
 * (`bookingPolicy.cancelCutoffHours must be at most 720 hours …`); the error then names that
 * field. Any other error is returned as is.
 */
export function placePolicyError(error: FieldError): FieldError {
  if (error.field !== 'bookingPolicy') return error;
  const nested = /^bookingPolicy\.(\w+)\b/.exec(error.message)?.[1];
  return nested && (FIELDS as readonly string[]).includes(nested) ? { ...error, field: `bookingPolicy.${nested}` } : error;
}
