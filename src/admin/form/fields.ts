/**
 * Form descriptors: everything a dashboard needs to render a package form in its own UI kit,
 * with no UI imposed. Constraints come from core's `PACKAGE_LIMITS`, options from core's enums and
 * ISO tables, texts from `src/admin/i18n`.
 */
import { COUNTRY_CODES } from '../../core/countries.js';
import { CURRENCY_CODES } from '../../core/currencies.js';
import { APPOINTMENT_TYPES, END_MODES, END_TIMINGS, ONLINE_SERVICES } from '../../core/package.js';
import { PACKAGE_LIMITS } from '../../core/package.js';
import { PACKAGE_INPUT_FIELDS } from '../../core/validate-package.js';
import { adminTranslation, type AdminTranslation, type PackageInputField } from '../i18n/index.js';
import { policyTranslation } from '../i18n/policy.js';
import { bookingPolicyFormFields, type BookingPolicyFieldName } from './policy-fields.js';

/**
 * How a field is entered. `money` is typed in the major unit of the currency held by the field
 * named `currencyField` ("90.00" EUR); `formValuesToInput` sends whole minor units (9000).
 */
export type FieldKind = 'select' | 'number' | 'money' | 'text' | 'textarea';

/** One choice of a select field. */
export interface FieldOption {
  /** The wire value. */
  readonly value: string;
  /** The localized label. */
  readonly label: string;
}

/** Show the field only while another field has a given value. */
export interface VisibilityRule {
  readonly field: PackageInputField;
  readonly equals: string;
}

/**
 * The name of a field of the package form: an input field's wire name, or a field of the
 * package's own booking policy (`bookingPolicy.cancelCutoffHours`…).
 */
export type PackageFormFieldName = PackageInputField | BookingPolicyFieldName;

/** Everything needed to render and check one field of the package form. */
export interface PackageFormField {
  /** The wire name, also the key of `FieldError.field`. */
  readonly name: PackageFormFieldName;
  readonly kind: FieldKind;
  /** Localized label. */
  readonly label: string;
  /** Localized help text (for `aria-describedby`). */
  readonly help: string;
  /** Whether a value is needed (while the field is visible). */
  readonly required: boolean;
  /** Whether leaving the field empty means `null` (credits: not sold for credits). */
  readonly nullable: boolean;
  /** The localized meaning of an empty value of a nullable field (a placeholder or empty choice). */
  readonly emptyLabel?: string;
  /** Choices of a select field, in display order. */
  readonly options?: readonly FieldOption[];
  /** Number limits (inclusive) and step. */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** Text length limits, in characters. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Of a `money` field: the field whose currency the amount is typed in (its code is the unit to show). */
  readonly currencyField?: PackageInputField;
  /** Localized unit shown next to a number. */
  readonly unit?: string;
  /** The field is shown (and sent) only while this rule holds; otherwise its value is `null`. */
  readonly visibleWhen?: VisibilityRule;
}

/** The form's fields for one locale, in form order. */
export type PackageFormFields = readonly PackageFormField[];

const displayNames = (locale: string, type: 'region' | 'currency'): Intl.DisplayNames | undefined => {
  try {
    return typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }) : undefined;
  } catch {
    return undefined;
  }
};

/** ISO codes labelled "Germany (DE)" in `locale`, sorted by label in that locale. */
function codeOptions(codes: readonly string[], locale: string, type: 'region' | 'currency'): FieldOption[] {
  const names = displayNames(locale, type);
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => {
      const name = names?.of(code);
      return { value: code, label: name && name !== code ? `${name} (${code})` : code };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

const enumOptions = <T extends string>(values: readonly T[], labels: Record<T, string>): FieldOption[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** The value of the `bookingPolicy` choice for a package with its own policy (empty: the tenant's). */
export const OWN_POLICY = 'own';

type FieldSpec = Omit<PackageFormField, 'name' | 'label' | 'help' | 'required' | 'nullable'> & { nullable?: boolean };

function specs(t: AdminTranslation, locale: string): Record<PackageInputField, FieldSpec> {
  const L = PACKAGE_LIMITS;
  const policy = policyTranslation(locale).source;
  return {
    appointmentType: { kind: 'select', options: enumOptions(APPOINTMENT_TYPES, t.appointmentType) },
    service: {
      kind: 'select',
      options: enumOptions(ONLINE_SERVICES, t.service),
      visibleWhen: { field: 'appointmentType', equals: 'online' },
    },
    location: {
      kind: 'textarea',
      minLength: 0,
      maxLength: L.location.max,
      nullable: true,
      visibleWhen: { field: 'appointmentType', equals: 'face_to_face' },
    },
    durationMinutes: { kind: 'number', ...L.durationMinutes, step: 1, unit: t.units.minutes },
    fee: { kind: 'money', ...L.fee, currencyField: 'currency' },
    credits: { kind: 'number', ...L.credits, step: 1, unit: t.units.credits, nullable: true, emptyLabel: t.noCredits },
    sessions: { kind: 'number', ...L.sessions, step: 1, unit: t.units.sessions },
    breakMinutes: { kind: 'number', ...L.breakMinutes, step: 1, unit: t.units.minutes },
    country: { kind: 'select', options: codeOptions(COUNTRY_CODES, locale, 'region') },
    currency: { kind: 'select', options: codeOptions(CURRENCY_CODES, locale, 'currency') },
    listingOrder: { kind: 'number', ...L.listingOrder, step: 1 },
    endMode: { kind: 'select', options: enumOptions(END_MODES, t.endMode) },
    endTiming: { kind: 'select', options: enumOptions(END_TIMINGS, t.endTiming) },
    title: { kind: 'text', minLength: L.title.min, maxLength: L.title.max },
    description: { kind: 'textarea', minLength: L.description.min, maxLength: L.description.max },
    // Empty: the tenant's policy (sent as null); "own": the policy fields below, shown for it.
    bookingPolicy: { kind: 'select', options: [{ value: OWN_POLICY, label: policy.own }], nullable: true, emptyLabel: policy.general },
  };
}

/** The package's own policy's fields, shown while `bookingPolicy` is `"own"`. */
const ownPolicyFields = (locale: string): PackageFormField[] =>
  bookingPolicyFormFields(locale).map((field) =>
    Object.freeze({ ...field, nullable: false, visibleWhen: Object.freeze({ field: 'bookingPolicy', equals: OWN_POLICY }) }),
  );


const cache = new Map<string, PackageFormFields>();

/**
 * The package form's fields for `locale` (a BCP 47 tag; `de-AT` gives German texts; languages
 * without admin strings fall back to English), in the order of core's `PACKAGE_INPUT_FIELDS`.
 * `bookingPolicy` is a choice between the tenant's policy (empty, sent as `null`) and the
 * package's own ({@link OWN_POLICY}); it is followed by the own policy's fields
 * (`bookingPolicy.cancelCutoffHours`, `bookingPolicy.rescheduleCutoffHours`,
 * `bookingPolicy.cancelReturnsSession`), shown only for its own. The result is frozen and cached
 * per locale.
 *
 * @example
 * for (const field of packageFormFields('de')) {
 *   if (!isFieldVisible(field, values)) continue;
 *   render(field.label, field.kind, field.options, { min: field.min, max: field.max, required: field.required });
 * }
 */
export function packageFormFields(locale = 'en'): PackageFormFields {
  const key = typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : 'en';
  const cached = cache.get(key);
  if (cached) return cached;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(key)[0] ?? 'en';
  } catch {
    tag = 'en';
  }
  const t = adminTranslation(tag);
  const table = specs(t, tag);
  const fields = PACKAGE_INPUT_FIELDS.map((name): PackageFormField => {
    const { nullable = false, options, ...spec } = table[name];
    return Object.freeze({
      name,
      ...spec,
      ...(options ? { options: Object.freeze(options.map((option) => Object.freeze(option))) } : {}),
      label: t.fields[name].label,
      help: t.fields[name].help,
      required: !nullable && !(spec.minLength === 0),
      nullable,
    });
  });
  const frozen = Object.freeze(fields.flatMap((field) => (field.name === 'bookingPolicy' ? [field, ...ownPolicyFields(tag)] : [field])));
  cache.set(key, frozen);
  return frozen;
}

/**
 * Whether `field` is shown for the current form `values` (wire names to values, as strings from
 * inputs or as typed values). A hidden field is not sent: its value is `null`.
 */
export function isFieldVisible(field: PackageFormField, values: Readonly<Record<string, unknown>>): boolean {
  const rule = field.visibleWhen;
  return rule === undefined || values[rule.field] === rule.equals;
}
