/** Checks the bodies of the passwordless sign-in routes, naming every bad field. */
import type { FieldError } from '../../../src/core/index.js';
import { PREFERENCE_FIELDS, readPreferences, type Preferences } from '../checkout/preferences.js';
import { notObject, objectWith, text, type Parsed } from '../checkout/requests.js';

/** Body of `POST /v1/sign-in/codes`. */
export interface CodeRequest {
  email: string;
  /** Stored for a new customer; `''` when not given. */
  name: string;
  /** The language of the code's e-mail; with the time zone, stored on the customer once the code is used. */
  preferences: Preferences;
}

/** Body of `POST /v1/sign-in/tokens`. */
export interface CodeVerification {
  email: string;
  /** Six digits. */
  code: string;
}

/** An address with exactly one `@`, text on both sides and no spaces, at most 254 characters. */
function address(record: Record<string, unknown>, errors: FieldError[]): string | undefined {
  const value = text(record, 'email', errors, { required: true, max: 254 });
  if (value === undefined) return undefined;
  const parts = value.split('@');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '' || /\s/.test(value)) {
    errors.push({ field: 'email', code: 'invalid_format', message: 'email must be an e-mail address such as ana@example.com.' });
    return undefined;
  }
  return value;
}

/** Parses `{ email, name?, locale?, timeZone? }`. */
export function readCodeRequest(body: unknown): Parsed<CodeRequest> {
  const fields = ['email', 'name', ...PREFERENCE_FIELDS];
  const shape = objectWith(body, fields, 'a sign-in code request');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const email = address(record, errors);
  const name = text(record, 'name', errors, { required: false, max: 120 });
  const preferences = readPreferences(record, errors);
  if (errors.length > 0 || email === undefined) return { ok: false, errors };
  return { ok: true, value: { email, name: name ?? '', preferences } };
}

/** Parses `{ email, code }`; spaces inside the code (as in "123 456") are ignored. */
export function readCodeVerification(body: unknown): Parsed<CodeVerification> {
  const fields = ['email', 'code'];
  const shape = objectWith(body, fields, 'a sign-in');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const email = address(record, errors);
  const raw = text(record, 'code', errors, { required: true, max: 20 });
  const code = raw?.replace(/\s+/g, '');
  if (code !== undefined && !/^\d{6}$/.test(code)) {
    errors.push({ field: 'code', code: 'invalid_format', message: 'code must be the 6 digits from the sign-in e-mail.' });
  }
  if (errors.length > 0 || email === undefined || code === undefined) return { ok: false, errors };
  return { ok: true, value: { email, code } };
}
