/**
 * Form descriptors of a coupon, as the campaign form's (`campaign-fields.ts`): everything a
 * dashboard needs to render the coupon form in its own UI kit, and the converter from a form's
 * text values to a coupon create. Limits come from core's coupon rules, texts from
 * `src/admin/i18n/coupons.ts`. Two choices decide which fields show: `codeMode` (generated codes
 * or one named code) and `valueKind` (a percentage or gift credits).
 */
import { MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { COUPON_APPLIES_TO, COUPON_CODE, MAX_COUPON_CODES, MAX_COUPON_EXPERTS, MAX_COUPON_USES } from '../../core/validate-coupon.js';
import { couponTranslation, type CouponCodeMode, type CouponFormFieldName, type CouponValueKind } from '../i18n/coupons.js';
import type { FieldOption } from './fields.js';

/** How a coupon field is entered: `datetime` an instant, `multiselect` expert ids (from `admin.experts.list()`). */
export type CouponFieldKind = 'select' | 'number' | 'text' | 'datetime' | 'checkbox' | 'multiselect';

/** The choice a field depends on, and the option that shows it. */
export type CouponFieldCondition = { readonly field: 'codeMode'; readonly is: CouponCodeMode } | { readonly field: 'valueKind'; readonly is: CouponValueKind };

/** One field of the coupon form. */
export interface CouponFormField {
  /**
   * The wire name of a `CouponCreate` field (also the key of `FieldError.field`), a choice
   * (`codeMode`, `valueKind`), or the amount of `value` (`percentOff`, `giftCredits`: an error on
   * `value` belongs to whichever of the two is shown).
   */
  readonly name: CouponFormFieldName;
  readonly kind: CouponFieldKind;
  readonly label: string;
  readonly help: string;
  /** Whether a value is needed while the field is shown. */
  readonly required: boolean;
  readonly options?: readonly FieldOption[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The pattern a text field's value must match (an HTML `pattern`). */
  readonly pattern?: string;
  readonly unit?: string;
  /** Shown only while this choice is made; absent when always shown. */
  readonly shownWhen?: CouponFieldCondition;
}

/**
 * A coupon form's values as inputs hold them: one string per field (`newMembersOnly` "true" or
 * "false", instants as ISO-8601 text), the chosen expert ids.
 */
export type CouponFormValues = Record<Exclude<CouponFormFieldName, 'expertIds'>, string> & { expertIds: readonly string[] };

type Spec = Omit<CouponFormField, 'name' | 'label' | 'help'>;

const CODE_MODES: readonly CouponCodeMode[] = ['count', 'code'];
const VALUE_KINDS: readonly CouponValueKind[] = ['percentOff', 'giftCredits'];

const cache = new Map<string, readonly CouponFormField[]>();

/**
 * The coupon form's fields for `locale` (en, de, tr, ar; others fall back to English), in form
 * order; frozen and cached per locale.
 *
 * @example
 * for (const field of couponFormFields('de')) {
 *   if (!isCouponFieldVisible(field, values)) continue;
 *   render(field.label, field.kind, field.options);
 * }
 */
export function couponFormFields(locale = 'en'): readonly CouponFormField[] {
  const key = typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : 'en';
  const cached = cache.get(key);
  if (cached) return cached;
  const t = couponTranslation(key);
  const uses = { kind: 'number', min: 1, max: MAX_COUPON_USES, step: 1, unit: t.units.uses } as const;
  const specs: Record<CouponFormFieldName, Spec> = {
    title: { kind: 'text', required: true, minLength: 1, maxLength: 120 },
    codeMode: { kind: 'select', required: true, options: CODE_MODES.map((value) => ({ value, label: t.codeMode[value] })) },
    count: { kind: 'number', required: true, min: 1, max: MAX_COUPON_CODES, step: 1, unit: t.units.codes, shownWhen: { field: 'codeMode', is: 'count' } },
    code: { kind: 'text', required: true, minLength: 3, maxLength: 40, pattern: COUPON_CODE.source, shownWhen: { field: 'codeMode', is: 'code' } },
    valueKind: { kind: 'select', required: true, options: VALUE_KINDS.map((value) => ({ value, label: t.valueKind[value] })) },
    percentOff: { kind: 'number', required: true, min: 1, max: 100, step: 1, unit: t.units.percent, shownWhen: { field: 'valueKind', is: 'percentOff' } },
    giftCredits: { kind: 'number', required: true, min: 1, max: MAX_CREDIT_GRANT, step: 1, unit: t.units.credits, shownWhen: { field: 'valueKind', is: 'giftCredits' } },
    appliesTo: {
      kind: 'select',
      required: true,
      options: COUPON_APPLIES_TO.map((value) => ({ value, label: t.appliesTo[value] })),
      shownWhen: { field: 'valueKind', is: 'percentOff' },
    },
    usesPerCustomer: { ...uses, required: true },
    totalUses: { ...uses, required: false },
    startsAt: { kind: 'datetime', required: true },
    expiresAt: { kind: 'datetime', required: false },
    newMembersOnly: { kind: 'checkbox', required: false },
    expertIds: { kind: 'multiselect', required: false, max: MAX_COUPON_EXPERTS },
  };
  const fields = Object.freeze(
    (Object.keys(specs) as CouponFormFieldName[]).map((name) => Object.freeze({ name, ...specs[name], label: t.fields[name].label, help: t.fields[name].help })),
  );
  cache.set(key, fields);
  return fields;
}

/** Whether `field` is shown for the form's current `values`: always, or while the choice it depends on is made. */
export function isCouponFieldVisible(field: CouponFormField, values: Readonly<Partial<CouponFormValues>>): boolean {
  return field.shownWhen === undefined || values[field.shownWhen.field] === field.shownWhen.is;
}

/** The values of a new coupon form: generated codes, a percentage on the initial price, one use per customer. */
export function emptyCouponFormValues(): CouponFormValues {
  const values = { expertIds: [] as readonly string[] } as CouponFormValues;
  for (const field of couponFormFields()) if (field.name !== 'expertIds') values[field.name] = '';
  return { ...values, codeMode: 'count', valueKind: 'percentOff', appliesTo: 'initial', usesPerCustomer: '1', newMembersOnly: 'false' };
}

/**
 * Reads form values into an input for `admin.coupons.create`: only the fields shown (a count or a
 * code; with a percentage, `appliesTo`); the amount as `value` (`{ percentOff }` or
 * `{ giftCredits }`); numbers parsed (text that is not a number kept, so the validator names it);
 * an empty field left out (so a required one is reported as required); `newMembersOnly` as a
 * boolean; no expert ids left out (every expert).
 *
 * @example
 * const input = couponFormValuesToInput(values, couponFormFields('de'));
 * await admin.coupons.create(input as CouponCreate);
 */
export function couponFormValuesToInput(values: Readonly<Partial<CouponFormValues>>, fields: readonly CouponFormField[] = couponFormFields()): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isCouponFieldVisible(field, values) || field.name === 'codeMode' || field.name === 'valueKind') continue;
    const value = values[field.name];
    const raw = typeof value === 'string' ? value.trim() : '';
    if (field.kind === 'multiselect') {
      if (Array.isArray(value) && value.length > 0) input[field.name] = [...(value as readonly string[])];
    } else if (raw === '') {
      continue;
    } else if (field.kind === 'checkbox') {
      input[field.name] = raw === 'true';
    } else if (field.kind === 'number') {
      const number = /^[+-]?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      if (field.name === 'percentOff' || field.name === 'giftCredits') input.value = { [field.name]: number };
      else input[field.name] = number;
    } else {
      input[field.name] = raw;
    }
  }
  return input;
}
