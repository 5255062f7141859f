/**
 * Validation of appointment packages as they are written, shared by the admin SDK (forms) and
 * the reference server (request bodies). One table of per-field rules drives
 * {@link validatePackage} and {@link validatePackagePatch}. Reading a stored package from the
 * wire is the tolerant `parsePackage` of `read-package.ts`.
 *
 * Lengths of `title` and `description` count user-perceived characters (grapheme clusters via
 * `Intl.Segmenter`; code points on engines without it).
 */
import { isCountryCode } from './countries.js';
import { isRecord } from './record.js';
import { isCurrencyCode } from './currencies.js';
import {
  APPOINTMENT_TYPES,
  END_MODES,
  END_TIMINGS,
  ONLINE_SERVICES,
  PACKAGE_LIMITS,
  type AppointmentPackage,
  type AppointmentPackageInput,
  type FieldError,
  type ValidationResult,
} from './package.js';
import { code, describe, integer, nullable, oneOf, text, toFieldError, type Rule } from './field-rules.js';
import { bookingPolicyRule } from './booking-policy.js';


type InputRules = { readonly [K in keyof AppointmentPackageInput]-?: Rule<AppointmentPackageInput[K]> };
type ServerField = Exclude<keyof AppointmentPackage, keyof AppointmentPackageInput>;

const L = PACKAGE_LIMITS;

/** The per-field rules of everything an admin writes, in the order errors are reported. */
const INPUT_RULES: InputRules = {
  appointmentType: oneOf(APPOINTMENT_TYPES),
  // Which services are allowed depends on appointmentType: see checkService.
  service: nullable(oneOf(ONLINE_SERVICES)),
  // Only a face-to-face meeting has a place: see checkPlace.
  location: nullable(text({ ...L.location, trim: true, multiline: true })),
  durationMinutes: integer({ ...L.durationMinutes, unit: 'minutes' }),
  fee: integer({ ...L.fee, unit: 'minor units of the currency' }),
  credits: nullable(integer(L.credits)),
  sessions: integer(L.sessions),
  breakMinutes: integer({ ...L.breakMinutes, unit: 'minutes' }),
  country: code({
    isValid: isCountryCode,
    errorCode: 'invalid_country',
    kind: 'an ISO 3166-1 alpha-2 country code',
    example: 'DE',
  }),
  currency: code({
    isValid: isCurrencyCode,
    errorCode: 'invalid_currency',
    kind: 'an active ISO 4217 currency code',
    example: 'EUR',
  }),
  listingOrder: integer(L.listingOrder),
  endMode: oneOf(END_MODES),
  endTiming: oneOf(END_TIMINGS),
  title: text({ ...L.title, trim: true, multiline: false }),
  description: text({ ...L.description, trim: false, multiline: true }),
  // The package's own policy, or null for the tenant's; optional (absent = the tenant's).
  bookingPolicy: nullable(bookingPolicyRule),
};

/** Input fields a complete package may leave out. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set<keyof AppointmentPackageInput>(['location', 'bookingPolicy']);

const INPUT_FIELDS = Object.keys(INPUT_RULES) as (keyof AppointmentPackageInput)[];
/** The fields the server manages; clients may read them but never write them. */
const SERVER_FIELDS: ServerField[] = ['id', 'expertId', 'version'];

/** The wire names of the fields an admin may write, in form order. */
export const PACKAGE_INPUT_FIELDS: readonly (keyof AppointmentPackageInput)[] = Object.freeze([...INPUT_FIELDS]);

/** The wire names of the fields only the server writes (`id`, `expertId`, `version`). */
export const PACKAGE_READ_ONLY_FIELDS: readonly ServerField[] = Object.freeze([...SERVER_FIELDS]);

const notAnObject = (what: string, value: unknown): FieldError[] => [
  { field: '', code: 'invalid_type', message: `${what} must be a JSON object (got ${describe(value)}).` },
];

type Presence = 'all' | 'present';

/** Applies `rules` to `input`, collecting every error; with `'present'`, absent fields are skipped. */
function applyRules<R extends Readonly<Record<string, Rule<unknown>>>>(
  rules: R,
  input: Record<string, unknown>,
  presence: Presence,
  errors: FieldError[],
): Partial<Record<keyof R, unknown>> {
  const value: Partial<Record<keyof R, unknown>> = {};
  for (const field of Object.keys(rules) as (keyof R & string)[]) {
    const raw = input[field];
    if (raw === undefined) {
      if (presence === 'all' && !OPTIONAL_FIELDS.has(field)) errors.push({ field, code: 'required', message: `${field} is required.` });
      continue;
    }
    const rule = rules[field] as Rule<unknown>;
    const check = rule(field, raw);
    if (check.ok) value[field] = check.value;
    else errors.push(toFieldError(field, check));
  }
  return value;
}

/** Rejects keys that are not input fields: server-managed ones as `read_only`, others as `unknown_field`. */
function rejectForeignKeys(input: Record<string, unknown>, errors: FieldError[]): void {
  for (const key of Object.keys(input)) {
    if (key in INPUT_RULES) continue;
    if ((SERVER_FIELDS as string[]).includes(key)) {
      errors.push({ field: key, code: 'read_only', message: `${key} is managed by the server and cannot be set.` });
    } else {
      errors.push({ field: key, code: 'unknown_field', message: `${key} is not a field of an appointment package.` });
    }
  }
}

/**
 * The cross-field rule: an online package needs a service (audio, phone or video); a
 * face-to-face one must have `service: null`. Only meaningful once both fields passed their own rules.
 */
function checkService(pkg: Pick<AppointmentPackageInput, 'appointmentType' | 'service'>): FieldError | undefined {
  if (pkg.appointmentType === 'online' && pkg.service === null) {
    return {
      field: 'service',
      code: 'required',
      message: 'service is required for an online package: choose "audio", "phone" or "video".',
    };
  }
  if (pkg.appointmentType === 'face_to_face' && pkg.service !== null) {
    return {
      field: 'service',
      code: 'not_allowed',
      message: `service must be null for a face_to_face package (got ${describe(pkg.service)}).`,
    };
  }
  return undefined;
}

/** The other cross-field rule: only a face-to-face meeting has a `location`; an online one has none (null or absent). */
function checkPlace(pkg: Pick<AppointmentPackageInput, 'appointmentType' | 'location'>): FieldError | undefined {
  if (pkg.appointmentType !== 'online' || pkg.location == null) return undefined;
  return {
    field: 'location',
    code: 'not_allowed',
    message: `location is only for a face_to_face package; an online package has none (got ${describe(pkg.location)}).`,
  };
}

/** Runs the cross-field rules whose fields are valid; otherwise their own errors already say enough. */
function crossCheck(value: Partial<Record<keyof AppointmentPackageInput, unknown>>, errors: FieldError[]): void {
  if (!('appointmentType' in value)) return;
  const pkg = value as Pick<AppointmentPackageInput, 'appointmentType' | 'service' | 'location'>;
  const problems = ['service' in value ? checkService(pkg) : undefined, checkPlace(pkg)];
  for (const problem of problems) if (problem) errors.push(problem);
}

/**
 * Validates a complete package written by an admin (the body of a create). Every field but
 * `location` and `bookingPolicy` is required; unknown fields are rejected (`unknown_field`), as
 * are the server-managed `id`, `expertId` and `version` (`read_only`). Every problem is reported at once, in form order.
 * The returned value is normalized: the title and the location are trimmed. A non-object input
 * gives a single `invalid_type` error whose `field` is `""` (the whole body).
 */
export function validatePackage(input: unknown): ValidationResult<AppointmentPackageInput> {
  if (!isRecord(input)) return { ok: false, errors: notAnObject('An appointment package', input) };
  const errors: FieldError[] = [];
  const value = applyRules(INPUT_RULES, input, 'all', errors);
  crossCheck(value, errors);
  rejectForeignKeys(input, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as AppointmentPackageInput };
}

/**
 * Validates a partial update: the same per-field rules as {@link validatePackage}, applied only to
 * the fields present (a field whose value is `undefined` counts as absent). Unknown and
 * server-managed fields are rejected as in a create. The cross-field rules (service and location
 * versus appointmentType) are NOT checked here, because it depends on the stored package: the caller
 * merges the patch into the stored package and runs {@link validatePackage} on the result.
 */
export function validatePackagePatch(patch: unknown): ValidationResult<Partial<AppointmentPackageInput>> {
  if (!isRecord(patch)) return { ok: false, errors: notAnObject('A package update', patch) };
  const errors: FieldError[] = [];
  const value = applyRules(INPUT_RULES, patch, 'present', errors);
  rejectForeignKeys(patch, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as Partial<AppointmentPackageInput> };
}
