/**
 * The rules of a credit package's fields, shared by the admin SDK (checks before sending) and the
 * reference server (checks before storing), built from core's field rules, country and currency
 * tables. Every problem is reported at once, each naming its field.
 */
import { isCountryCode } from './countries.js';
import { isCurrencyCode } from './currencies.js';
import { code, describe, integer, text, toFieldError, type Rule } from './field-rules.js';
import type { FieldError } from './package.js';
import type { CreditPackageInput } from './credit-package.js';

/** A validated input, or every field error found. */
export type CreditPackageCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const boolean: Rule<boolean> = (field, value) =>
  typeof value === 'boolean'
    ? { ok: true, value }
    : { ok: false, code: 'invalid_type', message: `${field} must be true or false (got ${describe(value)}).` };

/** One rule per input field, in form order. */
const RULES: { readonly [K in keyof CreditPackageInput]: Rule<CreditPackageInput[K]> } = {
  title: text({ min: 1, max: 120, trim: true, multiline: false }),
  credits: integer({ min: 1, unit: 'credits' }),
  price: integer({ min: 0 }),
  currency: code({ isValid: isCurrencyCode, errorCode: 'invalid_currency', kind: 'an active ISO 4217 currency code', example: 'EUR' }),
  country: code({ isValid: isCountryCode, errorCode: 'invalid_country', kind: 'an ISO 3166-1 alpha-2 country code', example: 'DE' }),
  active: boolean,
  listingOrder: integer({ min: 0 }),
};

/** The wire names of a credit package's input fields, in form order. */
export const CREDIT_PACKAGE_FIELDS = Object.freeze(Object.keys(RULES) as (keyof CreditPackageInput)[]);

const READ_ONLY = ['id', 'version'];

function check(input: unknown, all: boolean): CreditPackageCheck<Partial<CreditPackageInput>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', code: 'invalid_type', message: `A credit package must be a JSON object (got ${describe(input)}).` }] };
  }
  const record = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record)) {
    if (key in RULES) continue;
    errors.push(
      READ_ONLY.includes(key)
        ? { field: key, code: 'read_only', message: `${key} is managed by the server and cannot be set.` }
        : { field: key, code: 'unknown_field', message: `${key} is not a field of a credit package; send ${CREDIT_PACKAGE_FIELDS.join(', ')}.` },
    );
  }
  const value: Record<string, unknown> = {};
  for (const field of CREDIT_PACKAGE_FIELDS) {
    const raw = record[field];
    if (raw === undefined) {
      if (all) errors.push({ field, code: 'required', message: `${field} is required.` });
      continue;
    }
    const result = (RULES[field] as Rule<unknown>)(field, raw);
    if (result.ok) value[field] = result.value;
    else errors.push(toFieldError(field, result));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as Partial<CreditPackageInput> };
}

/** Validates a complete credit package (a create): every field required, the title trimmed. */
export function validateCreditPackage(input: unknown): CreditPackageCheck<CreditPackageInput> {
  return check(input, true) as CreditPackageCheck<CreditPackageInput>;
}

/** Validates some fields of a credit package (an update); absent fields are left alone. */
export function validateCreditPackagePatch(patch: unknown): CreditPackageCheck<Partial<CreditPackageInput>> {
  return check(patch, false);
}
