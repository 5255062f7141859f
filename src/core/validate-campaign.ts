/**
 * The rules of a campaign's fields, shared by the admin SDK (checks before sending) and the
 * reference server (checks before storing). Every problem is reported at once, each naming its
 * field. What only the server can check (that `creditPackageIds` name credit packages of the
 * tenant, in `currency` for a fixed discount) is the server's.
 */
import { MAX_CREDIT_GRANT } from './credit-grant.js';
import { isCurrencyCode } from './currencies.js';
import { code, describe, integer, oneOf, text, toFieldError, type Rule } from './field-rules.js';
import { isIsoInstant } from './instant.js';
import { isInstantInRange } from './instant-range.js';
import type { FieldError } from './package.js';
import type * as Wire from '../wire/index.js';

/** A stored campaign: one shape per `type` (openapi.yaml's `Campaign`). */
export type Campaign = Wire.Schema<'Campaign'>;

/** The type of a campaign. */
export type CampaignType = Wire.Schema<'CampaignType'>;

type WithoutServerFields<T> = T extends unknown ? Omit<T, 'id' | 'version'> : never;

/** A checked campaign input: a campaign without `id` and `version`, instants in UTC. */
export type CampaignInput = WithoutServerFields<Campaign>;

/** Some fields of a campaign as an admin sends them (openapi.yaml's `CampaignPatch`). */
export type CampaignPatch = Wire.Schema<'CampaignPatch'>;

/** A validated value, or every field error found. */
export type CampaignCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The campaign types, in form order. */
export const CAMPAIGN_TYPES = Object.freeze([
  'gift_new_members',
  'gift_first_verification',
  'discount_all_credit_packages',
  'discount_selected_credit_packages',
] as const satisfies readonly CampaignType[]);

/** The most credit packages one campaign may select. */
export const MAX_CAMPAIGN_PACKAGES = 200;

/** The fields every campaign has, in form order. */
export const CAMPAIGN_COMMON_FIELDS = Object.freeze(['type', 'title', 'startsAt', 'endsAt', 'active'] as const);

/** The fields of each type besides the common ones, in form order. */
export const CAMPAIGN_TYPE_FIELDS: { readonly [T in CampaignType]: readonly string[] } = Object.freeze({
  gift_new_members: ['giftCredits'],
  gift_first_verification: ['giftCredits', 'signedUpAfter'],
  discount_all_credit_packages: ['percentOff'],
  discount_selected_credit_packages: ['creditPackageIds', 'percentOff', 'amountOff', 'currency'],
});

const READ_ONLY = ['id', 'version'];

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

const packageIds: Rule<string[]> = (field, value) => {
  if (!Array.isArray(value) || value.length === 0) {
    return { ok: false, code: Array.isArray(value) ? 'too_short' : 'invalid_type', message: `${field} must list at least one credit package id.` };
  }
  if (value.length > MAX_CAMPAIGN_PACKAGES) return { ok: false, code: 'too_long', message: `${field} may list at most ${MAX_CAMPAIGN_PACKAGES} credit packages.` };
  const seen = new Set<string>();
  for (const [index, id] of value.entries()) {
    if (typeof id !== 'string' || id.trim() === '' || id.length > 100) {
      return { ok: false, code: 'invalid_type', message: `${field}[${index}] must be a credit package id (got ${describe(id)}).` };
    }
    if (seen.has(id)) return { ok: false, code: 'duplicate', message: `${field} lists "${id}" twice.` };
    seen.add(id);
  }
  return { ok: true, value: [...(value as string[])] };
};

/** One rule per field. */
const RULES: Record<string, Rule<unknown>> = {
  type: oneOf(CAMPAIGN_TYPES),
  title: text({ min: 1, max: 120, trim: true, multiline: false }),
  startsAt: instant,
  endsAt: instant,
  active: boolean,
  giftCredits: integer({ min: 1, max: MAX_CREDIT_GRANT, unit: 'credits' }),
  signedUpAfter: instant,
  percentOff: integer({ min: 1, max: 100 }),
  amountOff: integer({ min: 1 }),
  currency: code({ isValid: isCurrencyCode, errorCode: 'invalid_currency', kind: 'an active ISO 4217 currency code', example: 'EUR' }),
  creditPackageIds: packageIds,
};

const notObject = (what: string, value: unknown): CampaignCheck<never> => ({
  ok: false,
  errors: [{ field: '', code: 'invalid_type', message: `${what} must be a JSON object (got ${describe(value)}).` }],
});

/** The fields of `type`'s campaigns. */
const fieldsOf = (type: CampaignType): readonly string[] => [...CAMPAIGN_COMMON_FIELDS, ...CAMPAIGN_TYPE_FIELDS[type]];

/** Checks each present field of `record` by its rule; `null` `signedUpAfter` is left out. */
function checkFields(record: Record<string, unknown>, allowed: readonly string[], explain: string, errors: FieldError[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    if (raw === undefined) continue;
    if (READ_ONLY.includes(key)) {
      errors.push({ field: key, code: 'read_only', message: `${key} is managed by the server and cannot be set.` });
    } else if (!allowed.includes(key)) {
      const known = key in RULES;
      errors.push({ field: key, code: known ? 'not_for_type' : 'unknown_field', message: `${key} is not a field of ${explain}; send ${allowed.join(', ')}.` });
    } else if (key === 'signedUpAfter' && raw === null) {
      continue;
    } else {
      const result = (RULES[key] as Rule<unknown>)(key, raw);
      if (result.ok) value[key] = result.value;
      else errors.push(toFieldError(key, result));
    }
  }
  return value;
}

/** The rules across fields: `endsAt` after `startsAt`, one discount on selected packages. */
function checkTogether(value: Record<string, unknown>, errors: FieldError[]): void {
  const { startsAt, endsAt } = value;
  if (typeof startsAt === 'string' && typeof endsAt === 'string' && Date.parse(endsAt) <= Date.parse(startsAt)) {
    errors.push({ field: 'endsAt', code: 'not_after_start', message: `endsAt (${endsAt}) must be after startsAt (${startsAt}).` });
  }
  if (value.type !== 'discount_selected_credit_packages') return;
  const hasPercent = 'percentOff' in value;
  const hasAmount = 'amountOff' in value;
  if (hasPercent && (hasAmount || 'currency' in value)) {
    errors.push({ field: 'percentOff', code: 'conflict', message: 'Send either percentOff or amountOff with currency, not both.' });
  } else if (!hasPercent && !hasAmount) {
    if (!errors.some((error) => error.field === 'percentOff' || error.field === 'amountOff')) {
      errors.push({ field: 'percentOff', code: 'required', message: 'A discount on selected credit packages needs percentOff, or amountOff with currency.' });
    }
  } else if (hasAmount && !('currency' in value) && !errors.some((error) => error.field === 'currency')) {
    errors.push({ field: 'currency', code: 'required', message: 'currency is required with amountOff: a fixed discount applies to packages in that currency only.' });
  }
}

const REQUIRED_OF_TYPE: { readonly [T in CampaignType]: readonly string[] } = {
  gift_new_members: ['giftCredits'],
  gift_first_verification: ['giftCredits'],
  discount_all_credit_packages: ['percentOff'],
  discount_selected_credit_packages: ['creditPackageIds'],
};

/**
 * Validates a complete campaign (a create): the common fields and its type's, nothing else.
 * Instants come back in UTC; the title trimmed; a null `signedUpAfter` left out.
 */
export function validateCampaign(input: unknown): CampaignCheck<CampaignInput> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return notObject('A campaign', input);
  const record = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const typeCheck = RULES.type!('type', record.type);
  if (record.type === undefined) errors.push({ field: 'type', code: 'required', message: `type is required: one of ${CAMPAIGN_TYPES.join(', ')}.` });
  else if (!typeCheck.ok) errors.push(toFieldError('type', typeCheck));
  const type = typeCheck.ok ? (typeCheck.value as CampaignType) : undefined;
  const allowed = type ? fieldsOf(type) : Object.keys(RULES);
  const value = checkFields(record, allowed, type ? `a ${type} campaign` : 'a campaign', errors);
  const required = [...CAMPAIGN_COMMON_FIELDS, ...(type ? REQUIRED_OF_TYPE[type] : [])];
  for (const field of required) {
    if (record[field] === undefined && field !== 'type') errors.push({ field, code: 'required', message: `${field} is required.` });
  }
  checkTogether(value, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as CampaignInput };
}

/**
 * Validates the fields of an update on their own (not `type`, nor `id` / `version`); whether they
 * fit the campaign's type is {@link applyCampaignPatch}'s check.
 */
export function validateCampaignPatch(patch: unknown): CampaignCheck<CampaignPatch> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return notObject('A campaign update', patch);
  const record = patch as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (record.type !== undefined) errors.push({ field: 'type', code: 'read_only', message: 'type cannot change: end this campaign and create another.' });
  const { type: _type, ...rest } = record;
  const allowed = Object.keys(RULES).filter((field) => field !== 'type');
  const value = checkFields(rest, allowed, 'a campaign update', errors);
  if (record.signedUpAfter === null) value.signedUpAfter = null;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as CampaignPatch };
}

/**
 * `current` changed by `patch`, checked as a whole campaign of its type. On a selected-packages
 * discount, `percentOff` replaces a fixed discount and `amountOff` a percentage (keeping the
 * current `currency` unless one is sent); `signedUpAfter: null` removes that condition.
 */
export function applyCampaignPatch(current: Campaign, patch: unknown): CampaignCheck<CampaignInput> {
  const checked = validateCampaignPatch(patch);
  if (!checked.ok) return checked;
  const { id: _id, version: _version, ...fields } = current;
  const merged: Record<string, unknown> = { ...fields, ...checked.value };
  if (checked.value.percentOff !== undefined) {
    delete merged.amountOff;
    delete merged.currency;
  } else if (checked.value.amountOff !== undefined) {
    delete merged.percentOff;
  }
  if (merged.signedUpAfter === null) delete merged.signedUpAfter;
  return validateCampaign(merged);
}
