/**
 * Between a form's text values and a package input: what a dashboard puts in its inputs, and what
 * it hands to `validatePackage` / the admin client after the user typed.
 */
import type { AppointmentPackage, AppointmentPackageInput } from '../../core/package.js';
import { isFieldVisible, type PackageFormFields } from './fields.js';

/** A form's values as inputs hold them: one string per field. */
export type PackageFormValues = Record<keyof AppointmentPackageInput, string>;

/** The values a new-package form starts with: the first option of each choice, empty numbers and texts. */
export function emptyFormValues(fields: PackageFormFields): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const field of fields) values[field.name] = field.kind === 'select' ? (field.options?.[0]?.value ?? '') : '';
  return values;
}

/** The form values of a stored package (or input): numbers as decimal text, `null` as empty. */
export function formValuesOf(pkg: AppointmentPackageInput | AppointmentPackage, fields: PackageFormFields): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const field of fields) {
    const value = pkg[field.name];
    values[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/**
 * Reads form values into a package input for `validatePackage` or `admin.packages.create`:
 * numbers are parsed (text that is not a number is kept, so the validator names it), an empty
 * nullable field becomes `null`, an empty required number is left out (so it is reported as
 * required), and hidden fields (service of a face-to-face package) become `null`.
 */
export function formValuesToInput(values: Readonly<Partial<Record<string, string>>>, fields: PackageFormFields): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isFieldVisible(field, values)) {
      input[field.name] = null;
      continue;
    }
    const raw = values[field.name] ?? '';
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
