/**
 * Input checks of `admin.customers`, run before anything is sent: a new customer, a listing query
 * and a credit movement. Every bad field is named at once, with the same rules as the server's
 * (core's e-mail, E.164, country and BCP 47 rules).
 */
import { isE164Phone, isEmailAddress } from '../../core/contact.js';
import { isCountryCode } from '../../core/countries.js';
import { isCreditGrantAmount, MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { canonicalLocaleTag } from '../../core/locale-tag.js';
import { isRecord } from '../../core/record.js';
import type { FieldError } from '../../core/package.js';
import { shown } from '../args.js';
import { ValidationError } from '../errors.js';
import type { Schema } from '../../wire/index.js';

/** The longest name, search text and reason, in characters. */
const MAX_NAME = 120;
const MAX_SEARCH = 254;
const MAX_REASON = 200;

/** A customer to add by hand: `name` and `email` required; `phone` (E.164), `country` (ISO 3166-1 alpha-2) and `locale` (BCP 47) optional. */
export type CustomerCreateInput = Schema<'CustomerCreate'>;

/** A page request of `admin.customers.list`. */
export interface CustomerListQuery {
  /** Text to find in the name or e-mail (case-insensitive substring); blank lists everyone. */
  q?: string;
  /** Page size, integer 1–200. Default 50 (the server's). */
  limit?: number;
  /** The `nextCursor` of the previous page; absent for the first page. */
  cursor?: string;
}

/** A credit movement as callers give it: a positive `amount` (1 to 1,000,000) and a `reason` of 1–200 characters. */
export interface CreditMovementInput {
  amount: number;
  reason: string;
}

const characters = (text: string): number => [...text].length;

/** The checked customer to send (name trimmed), or a `ValidationError` naming every bad field. */
export function checkCustomerInput(input: unknown): CustomerCreateInput {
  if (!isRecord(input)) {
    throw new ValidationError('The customer', [{ field: '', code: 'invalid_type', message: `The customer must be an object { name, email, phone?, country?, locale? } (got ${shown(input)}).` }]);
  }
  const errors: FieldError[] = [];
  const { name, email, phone, country, locale } = input;
  for (const field of Object.keys(input)) {
    if (!['name', 'email', 'phone', 'country', 'locale'].includes(field)) errors.push({ field, code: 'unknown_field', message: `${field} is not a field of a customer.` });
  }
  if (typeof name !== 'string' || name.trim() === '' || characters(name.trim()) > MAX_NAME) {
    errors.push({ field: 'name', code: name === undefined ? 'required' : 'invalid_value', message: `name must be text of 1 to ${MAX_NAME} characters, not blank (got ${shown(name)}).` });
  }
  if (!isEmailAddress(email)) {
    errors.push({ field: 'email', code: email === undefined ? 'required' : 'invalid_format', message: `email must be an e-mail address such as ana@example.com (got ${shown(email)}).` });
  }
  if (phone !== undefined && !isE164Phone(phone)) {
    errors.push({ field: 'phone', code: 'invalid_format', message: `phone must be an E.164 number such as +4915112345678 (got ${shown(phone)}).` });
  }
  if (country !== undefined && !isCountryCode(country)) {
    errors.push({ field: 'country', code: 'invalid_format', message: `country must be an assigned ISO 3166-1 alpha-2 code in uppercase, such as "DE" (got ${shown(country)}).` });
  }
  if (locale !== undefined && (typeof locale !== 'string' || locale.length > 35 || canonicalLocaleTag(locale) === null)) {
    errors.push({ field: 'locale', code: 'invalid_format', message: `locale must be a BCP 47 language tag such as "de" or "ar-EG" (got ${shown(locale)}).` });
  }
  if (errors.length > 0) throw new ValidationError('The customer', errors);
  return {
    name: (name as string).trim(),
    email: email as string,
    ...(phone === undefined ? {} : { phone: phone as string }),
    ...(country === undefined ? {} : { country: country as string }),
    ...(locale === undefined ? {} : { locale: locale as string }),
  };
}

/** The query parameters of a checked listing query, or a `ValidationError` naming every bad one. */
export function checkListQuery(query: unknown): Record<string, string | undefined> {
  if (!isRecord(query)) {
    throw new ValidationError('The customer query', [{ field: '', code: 'invalid_type', message: `The query must be an object { q?, limit?, cursor? } (got ${shown(query)}).` }]);
  }
  const errors: FieldError[] = [];
  const { q, limit, cursor } = query;
  if (q !== undefined && (typeof q !== 'string' || characters(q) > MAX_SEARCH)) {
    errors.push({ field: 'q', code: 'invalid_value', message: `q must be text of at most ${MAX_SEARCH} characters (got ${shown(q)}).` });
  }
  if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 200)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be a whole number from 1 to 200 (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor))) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: `cursor must be a nextCursor value returned by this listing (got ${shown(cursor)}).` });
  }
  if (errors.length > 0) throw new ValidationError('The customer query', errors);
  const text = typeof q === 'string' && q.trim() !== '' ? q.trim() : undefined;
  return { q: text, limit: limit === undefined ? undefined : String(limit), cursor: cursor as string | undefined };
}

/**
 * The checked movement (reason trimmed), or a `ValidationError` naming every bad field. `what` is
 * "grant" or "deduction"; the amount is always given positive.
 */
export function checkCreditMovement(movement: unknown, what: 'grant' | 'deduction'): CreditMovementInput {
  const subject = `The credit ${what}`;
  if (!isRecord(movement)) {
    throw new ValidationError(subject, [{ field: '', code: 'invalid_type', message: `The ${what} must be an object { amount, reason } (got ${shown(movement)}).` }]);
  }
  const errors: FieldError[] = [];
  const { amount, reason } = movement;
  if (!isCreditGrantAmount(amount)) {
    errors.push({ field: 'amount', code: amount === undefined ? 'required' : 'out_of_range', message: `amount must be a whole number of credits from 1 to ${MAX_CREDIT_GRANT} (got ${shown(amount)}).` });
  }
  if (typeof reason !== 'string' || reason.trim() === '' || characters(reason.trim()) > MAX_REASON) {
    errors.push({ field: 'reason', code: reason === undefined ? 'required' : 'invalid_value', message: `reason must be text of 1 to ${MAX_REASON} characters (got ${shown(reason)}).` });
  }
  if (errors.length > 0) throw new ValidationError(subject, errors);
  return { amount: amount as number, reason: (reason as string).trim() };
}
