/**
 * Between a form's text values and a package input: what a dashboard puts in its inputs, and what
 * it hands to `validatePackage` / the admin client after the user typed.
 */
import type { AppointmentPackage, AppointmentPackageInput } from '../../core/package.js';
import { isFieldVisible, OWN_POLICY, type PackageFormFields } from './fields.js';
import { majorTextToMinor, minorToMajorText } from './money.js';
import { bookingPolicyFormValuesOf, bookingPolicyFormValuesToInput, type BookingPolicyFieldName } from './policy-fields.js';

/**
 * A form's values as inputs hold them: one string per field, `bookingPolicy` `""` (the tenant's
 * policy) or `"own"`, and the own policy's fields (`bookingPolicy.cancelCutoffHours`…).
 */
export type PackageFormValues = Record<keyof AppointmentPackageInput | BookingPolicyFieldName, string>;

/** Whether `name` is a field of the package's own policy, read into `bookingPolicy` rather than sent alone. */
const isPolicyField = (name: string): name is BookingPolicyFieldName => name.startsWith('bookingPolicy.');

/**
 * The values a new-package form starts with: empty numbers and texts, and for each choice the
 * value of `defaults` when it is one of the options (e.g. the tenant's home `country` and
 * `currency` from `admin.settings.get()`), else its first option (else empty, for a choice that
 * may be empty, such as `bookingPolicy`: the tenant's policy). Pass the tenant's policy as
 * defaults too, so that the own policy's fields start from it when the admin chooses one.
 *
 * @example
 * const { defaultCountry, defaultCurrency, bookingPolicy } = await admin.settings.get();
 * const values = emptyFormValues(fields, { country: defaultCountry, currency: defaultCurrency, ...bookingPolicyFormValuesOf(bookingPolicy) });
 */
export function emptyFormValues(fields: PackageFormFields, defaults: Readonly<Partial<PackageFormValues>> = {}): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const field of fields) {
    const wanted = defaults[field.name];
    if (field.kind !== 'select') values[field.name] = wanted ?? '';
    else if (field.options?.some((option) => option.value === wanted)) values[field.name] = wanted as string;
    else values[field.name] = field.nullable ? '' : (field.options?.[0]?.value ?? '');
  }
  return values;
}

/**
 * The form values of a stored package (or input): numbers as decimal text, money in the major
 * unit of the package's currency (fee 9000 EUR → "90.00"), `null` as empty; `bookingPolicy`
 * `"own"` with its fields for a package with its own policy, else empty with the fields of the
 * policy that applies (`effectivePolicy` of a public answer) or of `defaults` (the tenant's).
 */
export function formValuesOf(
  pkg: AppointmentPackageInput | AppointmentPackage,
  fields: PackageFormFields,
  defaults: Readonly<Partial<PackageFormValues>> = {},
): PackageFormValues {
  const values = {} as PackageFormValues;
  const policy = pkg.bookingPolicy ?? ('effectivePolicy' in pkg ? pkg.effectivePolicy : undefined);
  const policyValues: Partial<PackageFormValues> = policy ? bookingPolicyFormValuesOf(policy) : defaults;
  for (const field of fields) {
    if (isPolicyField(field.name)) {
      values[field.name] = policyValues[field.name] ?? '';
      continue;
    }
    if (field.name === 'bookingPolicy') {
      values.bookingPolicy = pkg.bookingPolicy ? OWN_POLICY : '';
      continue;
    }
    const value = pkg[field.name];
    if (value === null || value === undefined) values[field.name] = '';
    else if (field.kind === 'money' && typeof value === 'number') values[field.name] = minorToMajorText(value, field.currencyField && pkg[field.currencyField]);
    else values[field.name] = String(value);
  }
  return values;
}

/**
 * Reads form values into a package input for `validatePackage` or `admin.packages.create`:
 * numbers are parsed (text that is not a number is kept, so the validator names it), an empty
 * (or blank) nullable field becomes `null` (a face-to-face package without a `location`), an
 * empty required number is left out (so it is reported as required), and hidden fields (the
 * service of a face-to-face package, the location of an online one) become `null`. Money typed in
 * the major unit of the chosen currency becomes whole minor units ("90.00" or "90,5" EUR → 9000 or
 * 9050, "1500" JPY → 1500); an amount with too many decimals is kept as text so that the validator
 * names it. `bookingPolicy` becomes the own policy read from its fields (see
 * `bookingPolicyFormValuesToInput`), or `null` for the tenant's.
 */
export function formValuesToInput(values: Readonly<Partial<Record<string, string>>>, fields: PackageFormFields): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (isPolicyField(field.name)) continue;
    if (field.name === 'bookingPolicy') {
      input.bookingPolicy = values.bookingPolicy === OWN_POLICY ? bookingPolicyFormValuesToInput(values) : null;
      continue;
    }
    if (!isFieldVisible(field, values)) {
      input[field.name] = null;
      continue;
    }
    const raw = values[field.name] ?? '';
    if (field.kind === 'money') {
      if (raw.trim() !== '') input[field.name] = majorTextToMinor(raw, field.currencyField && values[field.currencyField]) ?? raw;
      else if (field.nullable) input[field.name] = null;
      continue;
    }
    if (field.kind !== 'number') {
      input[field.name] = field.nullable && raw.trim() === '' ? null : raw;
      continue;
    }
    const text = raw.trim();
    if (text === '') {
      if (field.nullable) input[field.name] = null;
      continue;
    }
    const number = Number(text);
    input[field.name] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && Number.isFinite(number) ? number : raw;
  }
  return input;
}
