/**
 * Reading a stored package from the wire: a tolerant reader. It checks the shape a renderer
 * relies on (every field present with its type, integers whole and non-negative, enumerations
 * known, a currency that can be formatted, the service rule) and leaves the business limits
 * (480 minutes, 100 sessions, 120-character titles, the exact list of country codes) to the
 * server that wrote the package, so a widget keeps working when the tenant widens a limit or a
 * new country code appears. Writes are checked strictly by `validatePackage`.
 *
 * Kept apart from `validate-package.ts` on purpose: this is all the widget's first load needs.
 */
import { isCurrencyCode } from './currencies.js';
import {
  APPOINTMENT_TYPES,
  END_MODES,
  END_TIMINGS,
  ONLINE_SERVICES,
  type AppointmentPackage,
  type FieldError,
  type ValidationResult,
} from './package.js';

/** A shape check of one field: `undefined` when fine, else what was expected. */
type Shape = (value: unknown) => string | undefined;

const wholeNumber =
  (min: number): Shape =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min ? undefined : `a whole number ≥ ${min}`;
const string =
  (nonEmpty: boolean): Shape =>
  (value) =>
    typeof value === 'string' && (!nonEmpty || value !== '') ? undefined : nonEmpty ? 'a non-empty string' : 'a string';
const oneOf =
  (options: readonly (string | null)[]): Shape =>
  (value) =>
    options.includes(value as string | null) ? undefined : `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
const pattern =
  (regex: RegExp, what: string): Shape =>
  (value) =>
    typeof value === 'string' && regex.test(value) ? undefined : what;

/** Whether `value` has a booking policy's shape (limits are the server's business). */
const isPolicy = (value: unknown): boolean => {
  const { cancelCutoffHours: cancel, rescheduleCutoffHours: move, cancelReturnsSession: returns } = (value ?? {}) as Record<string, unknown>;
  return !wholeNumber(0)(cancel) && !wholeNumber(0)(move) && typeof returns === 'boolean';
};

const SHAPES: { readonly [K in keyof AppointmentPackage]-?: Shape } = {
  id: string(true),
  expertId: string(true),
  version: wholeNumber(1),
  appointmentType: oneOf(APPOINTMENT_TYPES),
  service: oneOf([...ONLINE_SERVICES, null]),
  // Optional: the place of a face-to-face meeting.
  location: (value) => (value == null || typeof value == 'string' ? undefined : 'a string, null or absent'),
  durationMinutes: wholeNumber(1),
  fee: wholeNumber(0),
  credits: (value) => (value === null ? undefined : wholeNumber(1)(value)),
  sessions: wholeNumber(1),
  breakMinutes: wholeNumber(0),
  country: pattern(/^[A-Z]{2}$/, 'a two-letter country code'),
  currency: (value) => (isCurrencyCode(value) ? undefined : 'an ISO 4217 currency code'),
  listingOrder: wholeNumber(0),
  endMode: oneOf(END_MODES),
  endTiming: oneOf(END_TIMINGS),
  title: string(true),
  description: string(false),
  // Optional: only an archived package carries it (admin answers), always `true`.
  archived: (value) => (value === undefined || value === true ? undefined : 'true or absent'),
  // Optional: a package's own policy (admin answers) and the one that applies (public answers).
  bookingPolicy: (value) => (value === undefined || value === null || isPolicy(value) ? undefined : 'a booking policy, null or absent'),
  effectivePolicy: (value) => (value === undefined || isPolicy(value) ? undefined : 'a booking policy or absent'),
};

const shown = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));

/**
 * Reads a package as the server returns it. Every field must be present with its type (see the
 * module comment for what is deliberately not checked); an online package needs a service and a
 * face-to-face one has none. Extra fields are tolerated and dropped from the returned value.
 */
export function parsePackage(json: unknown): ValidationResult<AppointmentPackage> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ field: '', code: 'invalid_type', message: `A package must be an object (got ${shown(json)}).` }] };
  }
  const record = json as Record<string, unknown>;
  const errors: FieldError[] = [];
  const value: Record<string, unknown> = {};
  for (const [field, shape] of Object.entries(SHAPES)) {
    const expected = shape(record[field]);
    if (expected === undefined) {
      if (record[field] !== undefined) value[field] = record[field];
    }
    else {
      errors.push({
        field,
        code: record[field] === undefined ? 'required' : 'invalid_type',
        message: `${field} must be ${expected} (got ${shown(record[field])}).`,
      });
    }
  }
  if (errors.length === 0 && (value.appointmentType === 'online') !== (value.service !== null)) {
    errors.push({
      field: 'service',
      code: value.service === null ? 'required' : 'not_allowed',
      message: `service must be ${value.service === null ? 'set for an online package' : 'null for a face_to_face package'} (got ${shown(value.service)}).`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as unknown as AppointmentPackage };
}
