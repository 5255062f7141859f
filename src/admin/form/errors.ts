/**
 * Puts field errors (from `validatePackage`, a `ValidationError` or the server's 422 `ApiError`)
 * on the descriptors they belong to, with a message in the form's language.
 */
import type { FieldError } from '../../core/package.js';
import { fieldErrorsOf } from '../errors.js';
import { adminTranslation } from '../i18n/index.js';
import { packageFormFields, type PackageFormField, type PackageFormFieldName } from './fields.js';
import { placePolicyError } from './policy-fields.js';
import { moneyFractionDigits } from './money.js';

/** A field error with its message in the form's language. */
export interface LocalizedFieldError extends FieldError {
  /** The localized message; the original English `message` when the code has no translation. */
  readonly localizedMessage: string;
}

/** Field errors sorted onto the form. */
export interface MappedErrors {
  /** The errors of each form field, by wire name; fields without errors are absent. */
  readonly byField: Readonly<Partial<Record<PackageFormFieldName, readonly LocalizedFieldError[]>>>;
  /** Errors that name no form field (the whole body, `expertId`, `ids[…]`…): show them above the form. */
  readonly other: readonly FieldError[];
}

function localize(error: FieldError, field: PackageFormField, language: string, currency: string | undefined): string {
  const t = adminTranslation(language).errors;
  const isNumber = field.kind === 'number';
  if (field.kind === 'money' && (error.code === 'invalid_type' || error.code === 'not_integer')) return t.invalidAmount(moneyFractionDigits(currency) ?? 2);
  switch (error.code) {
    case 'required':
      return t.required;
    case 'invalid_type':
      return isNumber ? t.notInteger : t.invalidType;
    case 'not_integer':
      return t.notInteger;
    case 'too_small':
      return field.min === undefined ? error.message : t.tooSmall(field.min);
    case 'too_large':
      return field.max === undefined ? error.message : t.tooLarge(field.max);
    case 'too_short':
      return t.tooShort(field.minLength ?? 1);
    case 'too_long':
      return field.maxLength === undefined ? error.message : t.tooLong(field.maxLength);
    case 'invalid_option':
      return t.invalidOption;
    case 'invalid_characters':
      return t.invalidCharacters;
    case 'invalid_country':
      return t.invalidCountry;
    case 'invalid_currency':
      return t.invalidCurrency;
    case 'not_allowed':
      return t.notAllowed;
    default:
      return error.message;
  }
}

/**
 * Sorts `source` (a list of field errors, or an error carrying them: a `ValidationError` or an
 * `ApiError`) onto the fields of {@link packageFormFields}, each with a message in `locale`'s
 * language (default English). `options.currency`, the form's chosen currency, tells how many
 * decimals a money amount may have in its message. A problem of the package's own policy goes on
 * the policy field it is about (`bookingPolicy.cancelCutoffHours`), also when it is reported on
 * `bookingPolicy` as a whole.
 *
 * @example
 * const fields = packageFormFields('tr');
 * const result = validatePackage(formValuesToInput(values, fields));
 * if (!result.ok) {
 *   const { byField, other } = mapErrorsToFields(result.errors, 'tr');
 *   showInline('durationMinutes', byField.durationMinutes?.[0]?.localizedMessage);
 * }
 */
export function mapErrorsToFields(source: readonly FieldError[] | unknown, locale = 'en', options: { currency?: string } = {}): MappedErrors {
  const errors: readonly FieldError[] = Array.isArray(source) ? (source as readonly FieldError[]) : fieldErrorsOf(source);
  const fields = packageFormFields(locale);
  const language = adminTranslation(locale).$code;
  const byName = new Map(fields.map((field) => [field.name as string, field]));
  const byField: Partial<Record<PackageFormFieldName, LocalizedFieldError[]>> = {};
  const other: FieldError[] = [];
  for (const error of errors.map(placePolicyError)) {
    const field = byName.get(error.field);
    if (!field) {
      other.push(error);
      continue;
    }
    (byField[field.name] ??= []).push(Object.freeze({ ...error, localizedMessage: localize(error, field, language, options.currency) }));
  }
  return Object.freeze({ byField: Object.freeze(byField), other: Object.freeze(other) });
}
