/** Checks the bodies of the credit purchase routes, naming every bad field. */
import { readJsonBody } from '../http/body.js';
import { validationProblem } from '../http/problem.js';
import type { RequestContext } from '../http/router.js';
import { PREFERENCE_FIELDS, readPreferences, type Preferences } from './preferences.js';
import { notObject, objectWith, text, type Parsed } from './requests.js';

/** Body of `POST /v1/credit-purchases`. */
export interface CreditPurchaseRequest {
  creditPackageId: string;
  paymentMethod: string;
  /** The customer's language and time zone, stored on the customer when sent. */
  preferences: Preferences;
}

/** Parses `{ creditPackageId, paymentMethod, locale?, timeZone? }`. */
export function readCreditPurchaseRequest(body: unknown): Parsed<CreditPurchaseRequest> {
  const fields = ['creditPackageId', 'paymentMethod', ...PREFERENCE_FIELDS];
  const shape = objectWith(body, fields, 'a credit purchase');
  if (!shape) return notObject(fields);
  const { record, errors } = shape;
  const creditPackageId = text(record, 'creditPackageId', errors, { required: true, max: 100 });
  const paymentMethod = text(record, 'paymentMethod', errors, { required: true, max: 255 });
  const preferences = readPreferences(record, errors);
  if (errors.length > 0 || creditPackageId === undefined || paymentMethod === undefined) return { ok: false, errors };
  return { ok: true, value: { creditPackageId, paymentMethod, preferences } };
}

/**
 * Reads a body that may be absent or `{}` (a confirmation carries nothing else). Throws 400, 413
 * or 415 like any JSON body, and 422 for any field.
 */
export async function readEmptyBody(ctx: Pick<RequestContext, 'req' | 'maxBodyBytes'>): Promise<void> {
  const length = ctx.req.headers['content-length'];
  if (ctx.req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return;
  const body = await readJsonBody(ctx);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationProblem([{ field: '', code: 'invalid_type', message: 'The body must be empty or an empty JSON object {}.' }]);
  }
  const fields = Object.keys(body);
  if (fields.length > 0) {
    throw validationProblem(fields.map((field) => ({ field, code: 'unknown_field', message: `${field} is not a field of a confirmation; send an empty body or {}.` })));
  }
}
