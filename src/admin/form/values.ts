/**
 * Between a form's text values and a package input: what a dashboard puts in its inputs, and what
 * it hands to `validatePackage` / the admin client after the user typed.
 */
import type { AppointmentPackage, AppointmentPackageInput } from '../../core/package.js';
import { isFieldVisible, type PackageFormFields } from './fields.js';
import { majorTextToMinor, minorToMajorText } from './money.js';

/** A form's values as inputs hold them: one string per field. */
export type PackageFormValues = Record<keyof AppointmentPackageInput, string>;

/**
 * The values a new-package form starts with: empty numbers and texts, and for each choice the
 * value of `defaults` when it is one of the options (e.g. the tenant's home `country` and
 * `currency` from `admin.settings.get()`), else its first option.
 *
 * @example
 * const { defaultCountry, defaultCurrency } = await admin.settings.get();
 * const values = emptyFormValues(fields, { country: defaultCountry, currency: defaultCurrency });
 */
export function emptyFormValues(fields: PackageFormFields, defaults: Readonly<Partial<PackageFormValues>> = {}): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const field of fields) {
    const wanted = defaults[field.name];
    if (field.kind !== 'select') values[field.name] = wanted ?? '';
    else values[field.name] = field.options?.some((option) => option.value === wanted) ? (wanted as string) : (field.options?.[0]?.value ?? '');
  }
  return values;
}

/**
 * The form values of a stored package (or input): numbers as decimal text, money in the major
 * unit of the package's currency (fee 9000 EUR → "90.00"), `null` as empty.
 */
export function formValuesOf(pkg: AppointmentPackageInput | AppointmentPackage, fields: PackageFormFields): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const field of fields) {
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
 * nullable field becomes `null`, an empty required number is left out (so it is reported as
 * required), and hidden fields (service of a face-to-face package) become `null`. Money typed in
 * the major unit of the chosen currency becomes whole minor units ("90.00" or "90,5" EUR → 9000 or
 * 9050, "1500" JPY → 1500); an amount with too many decimals is kept as text so that the validator
 * names it.
 */
export function formValuesToInput(values: Readonly<Partial<Record<string, string>>>, fields: PackageFormFields): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
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
      input[field.name] = field.kind === 'select' && raw === '' && field.nullable ? null : raw;
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
