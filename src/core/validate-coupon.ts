/**
 * The rules of a coupon as an admin creates it, shared by the admin SDK (checks before sending)
 * and the reference server (checks before storing). Every problem is reported at once, each
 * naming its field. What only the server can check (that `expertIds` name experts of the tenant,
 * that a named `code` is not taken) is the server's.
 */
import { MAX_CREDIT_GRANT } from './credit-grant.js';
import { describe, integer, oneOf, text, toFieldError, type Rule } from './field-rules.js';
import { isIsoInstant } from './instant.js';
import { isInstantInRange } from './instant-range.js';
import type { FieldError } from './package.js';
import type * as Wire from '../wire/index.js';

/** A stored coupon with its codes and their uses (openapi.yaml's `Coupon`). */
export type Coupon = Wire.Schema<'Coupon'>;

/** What a coupon gives: `{ giftCredits }` or `{ percentOff }`. */
export type CouponValue = Wire.Schema<'CouponValue'>;

/** Which price a percentage coupon discounts: the package's own (`initial`) or a running campaign's. */
export type CouponAppliesTo = Wire.Schema<'CouponAppliesTo'>;

type Defaulted = 'appliesTo' | 'usesPerCustomer' | 'newMembersOnly';

/**
 * A coupon as an admin writes it (openapi.yaml's `CouponCreate`): `count` generated codes or one
 * named `code`. `appliesTo` (default `initial`), `usesPerCustomer` (default 1) and
 * `newMembersOnly` (default false) may be left out.
 */
export type CouponCreate = Omit<Wire.Schema<'CouponCreate'>, Defaulted> & Partial<Pick<Wire.Schema<'CouponCreate'>, Defaulted>>;

/** A checked coupon create: defaults applied, the title trimmed, a named code uppercase, instants in UTC. */
export type CouponInput = Wire.Schema<'CouponCreate'>;

/** A validated value, or every field error found. */
export type CouponCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The two values of `appliesTo`, in form order. */
export const COUPON_APPLIES_TO = Object.freeze(['initial', 'campaign'] as const satisfies readonly CouponAppliesTo[]);

/** The most codes one coupon may generate. */
export const MAX_COUPON_CODES = 500;

/** The most experts one coupon may be limited to. */
export const MAX_COUPON_EXPERTS = 200;

/** The most uses per customer or per code a coupon may allow. */
export const MAX_COUPON_USES = 1_000_000;

/** A named code as an admin may write it (any case): 3–40 letters, digits and inner hyphens. */
export const COUPON_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,38}[A-Za-z0-9]$/;

/** The fields of a coupon create, in form order. */
export const COUPON_FIELDS = Object.freeze([
  'title',
  'count',
  'code',
  'value',
  'appliesTo',
  'usesPerCustomer',
  'totalUses',
  'startsAt',
  'expiresAt',
  'newMembersOnly',
  'expertIds',
] as const);

const READ_ONLY = ['id', 'codes', 'active', 'createdAt'];

const boolean: Rule<boolean> = (field, value) =>
  typeof value === 'boolean' ? { ok: true, value } : { ok: false, code: 'invalid_type', message: `${field} must be true or false (got ${describe(value)}).` };

/** An ISO-8601 instant (`Z` or an offset) in the accepted range, answered in UTC (`…Z`). */
const instant: Rule<string> = (field, value) => {
  if (!isIsoInstant(value)) {
    return { ok: false, code: 'invalid_format', message: `${field} must be an ISO-8601 instant such as "2026-10-25T01:00:00Z" (got ${describe(value)}).` };
  }
  const ms = Date.parse(value);
  if (!isInstantInRange(ms)) return { ok: false, code: 'out_of_range', message: `${field} must lie from 1970-01-01T00:00:00Z to before 2200-01-01T00:00:00Z.` };
  return { ok: true, value: new Date(ms).toISOString().replace('.000Z', 'Z') };
};

/** A named code, answered uppercase (codes are matched case-insensitively). */
const namedCode: Rule<string> = (field, value) => {
  if (typeof value !== 'string') return { ok: false, code: 'invalid_type', message: `${field} must be text such as "SPRING-26" (got ${describe(value)}).` };
  if (!COUPON_CODE.test(value)) {
    return { ok: false, code: 'invalid_format', message: `${field} must be 3–40 letters, digits and inner hyphens, such as "SPRING-26" (got ${describe(value)}).` };
  }
  return { ok: true, value: value.toUpperCase() };
};

const credits = integer({ min: 1, max: MAX_CREDIT_GRANT, unit: 'credits' });
const percent = integer({ min: 1, max: 100 });

/** `{ giftCredits }` or `{ percentOff }`, exactly one. */
const couponValue: Rule<CouponValue> = (field, value) => {
  const either = `${field} must be { "giftCredits": n } or { "percentOff": n }`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, code: 'invalid_type', message: `${either} (got ${describe(value)}).` };
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'giftCredits' && keys[0] !== 'percentOff')) {
    return { ok: false, code: 'invalid_value', message: `${either}, one of the two (got ${keys.length === 0 ? 'neither' : keys.join(', ')}).` };
  }
  const key = keys[0];
  const amount = (key === 'giftCredits' ? credits : percent)(`${field}.${key}`, (value as Record<string, unknown>)[key]);
  if (!amount.ok) return amount;
  return { ok: true, value: key === 'giftCredits' ? { giftCredits: amount.value } : { percentOff: amount.value } };
};

const expertIds: Rule<string[]> = (field, value) => {
  if (!Array.isArray(value) || value.length === 0) {
    return { ok: false, code: Array.isArray(value) ? 'too_short' : 'invalid_type', message: `${field} must list at least one expert id (or be left out for every expert).` };
  }
  if (value.length > MAX_COUPON_EXPERTS) return { ok: false, code: 'too_long', message: `${field} may list at most ${MAX_COUPON_EXPERTS} experts.` };
  const seen = new Set<string>();
  for (const [index, id] of value.entries()) {
    if (typeof id !== 'string' || id.trim() === '' || id.length > 100) {
      return { ok: false, code: 'invalid_type', message: `${field}[${index}] must be an expert id (got ${describe(id)}).` };
    }
    if (seen.has(id)) return { ok: false, code: 'duplicate', message: `${field} lists "${id}" twice.` };
    seen.add(id);
  }
  return { ok: true, value: [...(value as string[])] };
};

/** One rule per field. */
const RULES: Record<(typeof COUPON_FIELDS)[number], Rule<unknown>> = {
  title: text({ min: 1, max: 120, trim: true, multiline: false }),
  count: integer({ min: 1, max: MAX_COUPON_CODES, unit: 'codes' }),
  code: namedCode,
  value: couponValue,
  appliesTo: oneOf(COUPON_APPLIES_TO),
  usesPerCustomer: integer({ min: 1, max: MAX_COUPON_USES, unit: 'uses' }),
  totalUses: integer({ min: 1, max: MAX_COUPON_USES, unit: 'uses' }),
  startsAt: instant,
  expiresAt: instant,
  newMembersOnly: boolean,
  expertIds,
};

const DEFAULTS = { appliesTo: 'initial', usesPerCustomer: 1, newMembersOnly: false } as const satisfies Pick<CouponInput, Defaulted>;

/** The rules across fields: one of `count` and `code`, `expiresAt` after `startsAt`, no gift on a campaign price. */
function checkTogether(record: Record<string, unknown>, value: Record<string, unknown>, errors: FieldError[]): void {
  if (record.count === undefined && record.code === undefined) {
    errors.push({ field: 'count', code: 'required', message: 'Send count (how many codes to generate) or code (one named code).' });
  } else if (record.count !== undefined && record.code !== undefined) {
    errors.push({ field: 'code', code: 'not_allowed', message: 'Send either count (generated codes) or code (one named code), not both.' });
  }
  const { startsAt, expiresAt } = value;
  if (typeof startsAt === 'string' && typeof expiresAt === 'string' && Date.parse(expiresAt) <= Date.parse(startsAt)) {
    errors.push({ field: 'expiresAt', code: 'not_after_start', message: `expiresAt (${expiresAt}) must be after startsAt (${startsAt}).` });
  }
  if (value.appliesTo === 'campaign' && typeof value.value === 'object' && value.value !== null && 'giftCredits' in value.value) {
    errors.push({ field: 'appliesTo', code: 'not_allowed', message: 'appliesTo "campaign" is for a percentage coupon: gift credits do not discount a price.' });
  }
}

/**
 * Validates a coupon create: every field by its rule, the rules across fields, nothing unknown.
 * The value comes back with defaults applied (`appliesTo` initial, `usesPerCustomer` 1,
 * `newMembersOnly` false), the title trimmed, a named code uppercase and instants in UTC.
 *
 * @example
 * const result = validateCoupon({ title: 'Spring', count: 50, value: { percentOff: 15 }, startsAt: '2026-03-01T00:00:00Z' });
 * if (!result.ok) for (const error of result.errors) console.log(error.field, error.message);
 */
export function validateCoupon(input: unknown): CouponCheck<CouponInput> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', code: 'invalid_type', message: `A coupon must be a JSON object (got ${describe(input)}).` }] };
  }
  const record = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    if (raw === undefined) continue;
    if (READ_ONLY.includes(key)) {
      errors.push({ field: key, code: 'read_only', message: `${key} is managed by the server and cannot be set.` });
    } else if (!(key in RULES)) {
      errors.push({ field: key, code: 'unknown_field', message: `${key} is not a field of a coupon; send ${COUPON_FIELDS.join(', ')}.` });
    } else {
      const result = RULES[key as keyof typeof RULES](key, raw);
      if (result.ok) value[key] = result.value;
      else errors.push(toFieldError(key, result));
    }
  }
  for (const field of ['title', 'value', 'startsAt'] as const) {
    if (record[field] === undefined) errors.push({ field, code: 'required', message: `${field} is required.` });
  }
  checkTogether(record, value, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { ...DEFAULTS, ...value } as CouponInput };
}
