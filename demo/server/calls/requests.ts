/** Checks the bodies of the call routes, naming every bad field. */
import type { FieldError } from '../../../src/core/node.js';
import type { Parsed } from '../checkout/requests.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownFields(record: Record<string, unknown>, fields: readonly string[], what: string): FieldError[] {
  return Object.keys(record)
    .filter((key) => !fields.includes(key))
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of ${what}; send ${fields.join(', ')}.` }));
}

/** Who joins a call. */
export type JoinRole = 'client' | 'expert';

/** Parses the join body `{ role: 'client' | 'expert' }`. */
export function readJoinRequest(body: unknown): Parsed<{ role: JoinRole }> {
  if (!isRecord(body)) {
    return { ok: false, errors: [{ field: '', code: 'invalid_type', message: 'The body must be a JSON object { role }.' }] };
  }
  const errors = unknownFields(body, ['role'], 'a join request');
  const role = body.role;
  if (role === undefined) errors.push({ field: 'role', code: 'required', message: 'role is required: "client" or "expert".' });
  else if (role !== 'client' && role !== 'expert') {
    errors.push({ field: 'role', code: 'invalid_value', message: `role must be "client" or "expert" (got ${JSON.stringify(role)}).` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { role: role as JoinRole } };
}

/** Parses the expert token body `{ expertId }`. */
export function readExpertTokenRequest(body: unknown): Parsed<{ expertId: string }> {
  if (!isRecord(body)) {
    return { ok: false, errors: [{ field: '', code: 'invalid_type', message: 'The body must be a JSON object { expertId }.' }] };
  }
  const errors = unknownFields(body, ['expertId'], 'an expert token request');
  const expertId = body.expertId;
  if (expertId === undefined) errors.push({ field: 'expertId', code: 'required', message: 'expertId is required: the expert to sign in.' });
  else if (typeof expertId !== 'string' || expertId.trim() === '') {
    errors.push({ field: 'expertId', code: 'invalid_type', message: 'expertId must be a non-empty string such as "exp_istanbul".' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { expertId: (expertId as string).trim() } };
}
