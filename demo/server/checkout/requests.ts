/** Checks the bodies of the customer, purchase and booking routes, naming every bad field. */
import type { FieldError } from '../../../src/core/index.js';
import { PREFERENCE_FIELDS, readPreferences, type Preferences } from './preferences.js';

/** A parsed body, or every field error found in it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9][0-9]{6,14}$/;

/** Checks that `body` is an object with only `fields`; returns it and the errors so far. */
export function objectWith(body: unknown, fields: readonly string[], what: string): { record: Record<string, unknown>; errors: FieldError[] } | null {
  if (!isRecord(body)) return null;
  const errors = Object.keys(body)
    .filter((key) => !fields.includes(key))
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of ${what}; send ${fields.join(', ')}.` }));
  return { record: body, errors };
}

/** The answer to a body that is not a JSON object of `fields`. */
export const notObject = (fields: readonly string[]): Parsed<never> => ({
  ok: false,
  errors: [{ field: '', code: 'invalid_type', message: `The body must be a JSON object { ${fields.join(', ')} }.` }],
});

/** Reads the trimmed string `field` of `record` (at most `opts.max` characters), pushing any error. */
export function text(record: Record<string, unknown>, field: string, errors: FieldError[], opts: { required: boolean; max: number; prefix?: string }): string | undefined {
  const name = (opts.prefix ?? '') + field;
  const value = record[field];
  if (value === undefined) {
    if (opts.required) errors.push({ field: name, code: 'required', message: `${name} is required.` });
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push({ field: name, code: 'invalid_type', message: `${name} must be a string.` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '' && opts.required) {
    errors.push({ field: name, code: 'required', message: `${name} must not be empty.` });
    return undefined;
  }
  if (trimmed.length > opts.max) {
    errors.push({ field: name, code: 'too_long', message: `${name} must be at most ${opts.max} characters.` });
    return undefined;
  }
  return trimmed;
}

function email(record: Record<string, unknown>, errors: FieldError[], prefix = ''): string | undefined {
  const value = text(record, 'email', errors, { required: true, max: 254, prefix });
  if (value !== undefined && !EMAIL.test(value)) {
    errors.push({ field: `${prefix}email`, code: 'invalid_format', message: `${prefix}email must be an e-mail address such as ana@example.com.` });
    return undefined;
  }
  return value;
}

/** Body of `POST /v1/admin/customer-tokens`. */
export interface CustomerTokenRequest {
  email: string;
  name: string | undefined;
}

/** Parses `{ email, name? }`. */
export function readCustomerTokenRequest(body: unknown): Parsed<CustomerTokenRequest> {
  const fields = ['email', 'name'];
  const shape = objectWith(body, fields, 'a customer token request');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const address = email(record, errors);
  const name = text(record, 'name', errors, { required: false, max: 120 });
  if (errors.length > 0 || address === undefined) return { ok: false, errors };
  return { ok: true, value: { email: address, name: name || undefined } };
}

/** Body of `POST /v1/admin/customers/{id}/credits`. */
export interface CreditGrant {
  amount: number;
  reason: string;
}

/** The most credits one grant may add. */
export const MAX_GRANT = 1_000_000;

/** Parses `{ amount, reason }`: a whole number 1–1,000,000 and a 1–200 character reason. */
export function readCreditGrant(body: unknown): Parsed<CreditGrant> {
  const fields = ['amount', 'reason'];
  const shape = objectWith(body, fields, 'a credit grant');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const amount = record.amount;
  if (amount === undefined) errors.push({ field: 'amount', code: 'required', message: 'amount is required: the credits to add.' });
  else if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > MAX_GRANT) {
    errors.push({ field: 'amount', code: 'out_of_range', message: `amount must be a whole number of credits from 1 to ${MAX_GRANT}.` });
  }
  const reason = text(record, 'reason', errors, { required: true, max: 200 });
  if (errors.length > 0 || reason === undefined) return { ok: false, errors };
  return { ok: true, value: { amount: amount as number, reason } };
}

/** A guest's contact details on a card purchase. */
export interface Guest {
  name: string;
  email: string;
  phone: string | undefined;
}

/** How a package is paid: by card, with credits, or not at all (a package whose fee is 0). */
export type PurchaseMethod = 'card' | 'credits' | 'free';

const METHODS: readonly unknown[] = ['card', 'credits', 'free'] satisfies PurchaseMethod[];

/** Body of `POST /v1/purchases`. */
export interface PurchaseRequest {
  packageId: string;
  method: PurchaseMethod;
  paymentMethod: string | undefined;
  hold: { id: string; token: string } | undefined;
  guest: Guest | undefined;
  /** The customer's language and time zone, stored on the customer when sent. */
  preferences: Preferences;
}

/** Parses a purchase body; rules that need the package or the customer are checked later. */
export function readPurchaseRequest(body: unknown): Parsed<PurchaseRequest> {
  const fields = ['packageId', 'method', 'paymentMethod', 'holdId', 'holdToken', 'guest', ...PREFERENCE_FIELDS];
  const shape = objectWith(body, fields, 'a purchase');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const packageId = text(record, 'packageId', errors, { required: true, max: 100 });
  const method = record.method;
  if (method === undefined) errors.push({ field: 'method', code: 'required', message: 'method is required: "card", "credits" or "free".' });
  else if (!METHODS.includes(method)) {
    errors.push({ field: 'method', code: 'invalid_value', message: 'method must be "card", "credits" or "free" (a package whose fee is 0).' });
  }
  const paymentMethod = text(record, 'paymentMethod', errors, { required: method === 'card', max: 255 });
  if ((method === 'credits' || method === 'free') && record.paymentMethod !== undefined) {
    errors.push({ field: 'paymentMethod', code: 'not_allowed', message: 'paymentMethod is only for card purchases.' });
  }
  const holdId = text(record, 'holdId', errors, { required: record.holdToken !== undefined, max: 100 });
  const holdToken = text(record, 'holdToken', errors, { required: record.holdId !== undefined, max: 255 });
  let guest: Guest | undefined;
  if (record.guest !== undefined) {
    if (method === 'credits') {
      errors.push({ field: 'guest', code: 'not_allowed', message: 'A guest cannot pay with credits; sign in (Apptkit-Customer) to use credits.' });
    } else if (!isRecord(record.guest)) {
      errors.push({ field: 'guest', code: 'invalid_type', message: 'guest must be an object { name, email, phone? }.' });
    } else {
      const guestFields = ['name', 'email', 'phone'];
      for (const key of Object.keys(record.guest).filter((key) => !guestFields.includes(key))) {
        errors.push({ field: `guest.${key}`, code: 'unknown_field', message: `guest.${key} is not a guest field; send name, email, phone.` });
      }
      const name = text(record.guest, 'name', errors, { required: true, max: 120, prefix: 'guest.' });
      const address = email(record.guest, errors, 'guest.');
      const phone = text(record.guest, 'phone', errors, { required: false, max: 16, prefix: 'guest.' });
      if (phone !== undefined && phone !== '' && !PHONE.test(phone)) {
        errors.push({ field: 'guest.phone', code: 'invalid_format', message: 'guest.phone must be an E.164 number such as +4915112345678.' });
      }
      if (name !== undefined && address !== undefined) guest = { name, email: address, phone: phone || undefined };
    }
  }
  const preferences = readPreferences(record, errors);
  if (errors.length > 0 || packageId === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      packageId,
      method: method as PurchaseMethod,
      paymentMethod,
      hold: holdId !== undefined && holdToken !== undefined ? { id: holdId, token: holdToken } : undefined,
      guest,
      preferences,
    },
  };
}

/** Body of `POST /v1/bookings`: a live hold to convert, or offered starts to book directly. */
export interface BookingRequest {
  purchaseId: string;
  purchaseToken: string | undefined;
  source: { kind: 'hold'; id: string; token: string } | { kind: 'starts'; starts: unknown[] };
  /** The customer's language and time zone, stored on the purchase's customer when sent. */
  preferences: Preferences;
}

/** Parses `{ purchaseId, purchaseToken?, holdId, holdToken }` or `{ purchaseId, purchaseToken?, starts }`. */
export function readBookingRequest(body: unknown): Parsed<BookingRequest> {
  const fields = ['purchaseId', 'purchaseToken', 'holdId', 'holdToken', 'starts', ...PREFERENCE_FIELDS];
  const shape = objectWith(body, fields, 'a booking');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const purchaseId = text(record, 'purchaseId', errors, { required: true, max: 100 });
  const purchaseToken = text(record, 'purchaseToken', errors, { required: false, max: 255 });
  let source: BookingRequest['source'] | undefined;
  if (record.starts !== undefined) {
    if (record.holdId !== undefined || record.holdToken !== undefined) {
      errors.push({ field: 'starts', code: 'not_allowed', message: 'Send either holdId and holdToken, or starts, not both.' });
    } else if (!Array.isArray(record.starts) || record.starts.length === 0 || record.starts.length > 100) {
      errors.push({ field: 'starts', code: 'invalid_type', message: 'starts must be an array of 1 to 100 ISO-8601 instants.' });
    } else {
      source = { kind: 'starts', starts: record.starts };
    }
  } else {
    const id = text(record, 'holdId', errors, { required: true, max: 100 });
    const token = text(record, 'holdToken', errors, { required: true, max: 255 });
    if (id !== undefined && token !== undefined) source = { kind: 'hold', id, token };
  }
  const preferences = readPreferences(record, errors);
  if (errors.length > 0 || purchaseId === undefined || source === undefined) return { ok: false, errors };
  return { ok: true, value: { purchaseId, purchaseToken: purchaseToken || undefined, source, preferences } };
}

/** Body of `POST /v1/purchases/{id}/confirm`: `{ purchaseToken? }` (may be empty). */
export function readConfirmRequest(body: unknown): Parsed<{ purchaseToken: string | undefined }> {
  const fields = ['purchaseToken'];
  const shape = objectWith(body, fields, 'a confirmation');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const purchaseToken = text(record, 'purchaseToken', errors, { required: false, max: 255 });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { purchaseToken: purchaseToken || undefined } };
}
