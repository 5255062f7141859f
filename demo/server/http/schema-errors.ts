/**
 * Ajv's errors as the API's field errors: `field` named by path (`guest.email`, `starts[0]`, a
 * header or query parameter by its own name), a stable `code` per JSON Schema keyword, and a
 * message that names the field and what is wrong. One error per field: the first one found.
 */
import type { ErrorObject } from 'ajv';
import type { FieldError } from '../../../src/core/index.js';
import { formatFailure } from './wire-formats.js';

/** At most this many problems are listed; the rest are summed up in the last one. */
const MAX_LISTED = 20;

type Json = Record<string, unknown>;

/** `value` shown in a message: strings quoted and cut at 40 characters, objects and arrays named. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** `base` followed by the JSON pointer `pointer`: `/guest/email` → `guest.email`, `/starts/0` → `starts[0]`. */
function fieldOf(base: string, pointer: string): string {
  let field = base;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    field = /^\d+$/.test(part) ? `${field}[${part}]` : field === '' ? part : `${field}.${part}`;
  }
  return field;
}

const child = (field: string, key: string): string => (field === '' ? key : `${field}.${key}`);
const quoted = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** The field error of one Ajv error, or `null` for errors that only sum up others (`if`). */
function fieldErrorOf(error: ErrorObject, base: string): FieldError | null {
  const field = fieldOf(base, error.instancePath);
  const name = field === '' ? 'The body' : field;
  const params = error.params as Json;
  const schema = (error.parentSchema ?? {}) as Json;
  const got = ` (got ${shown(error.data)})`;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired': {
      const missing = child(field, String(params.missingProperty));
      const withWhat = error.keyword === 'dependentRequired' ? ` with ${child(field, String(params.property))}` : '';
      return { field: missing, code: 'required', message: `${missing} is required${withWhat}.` };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const unknown = child(field, String(params.additionalProperty ?? params.unevaluatedProperty));
      const known = Object.keys((schema.properties ?? {}) as Json);
      const advice = known.length > 0 ? `; send ${known.join(', ')}` : '';
      return { field: unknown, code: 'unknown_field', message: `${unknown} is not a field of ${field === '' ? 'this request' : field}${advice}.` };
    }
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]).map((type) => TYPE_NAMES[type] ?? type);
      return { field, code: 'invalid_type', message: `${name} must be ${types.join(' or ')}${got}.` };
    }
    case 'minLength':
      return params.limit === 1
        ? { field, code: 'too_short', message: `${name} must not be empty.` }
        : { field, code: 'too_short', message: `${name} must be at least ${String(params.limit)} characters.` };
    case 'maxLength':
      return { field, code: 'too_long', message: `${name} must be at most ${String(params.limit)} characters.` };
    case 'minItems':
      return { field, code: 'too_short', message: `${name} must hold at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.` };
    case 'maxItems':
      return { field, code: 'too_long', message: `${name} may hold at most ${String(params.limit)} items.` };
    case 'uniqueItems': {
      const [later, earlier] = [Number(params.i), Number(params.j)].sort((a, b) => b - a);
      return { field: `${field}[${later}]`, code: 'duplicate', message: `${field}[${later}] repeats ${field}[${earlier}].` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { minimum, maximum } = schema;
      const range =
        typeof minimum === 'number' && typeof maximum === 'number'
          ? `from ${minimum} to ${maximum}`
          : `${String(params.comparison)} ${String(params.limit)}`;
      return { field, code: 'out_of_range', message: `${name} must be ${schema.type === 'integer' ? 'a whole number ' : ''}${range}${got}.` };
    }
    case 'enum':
      return { field, code: 'invalid_value', message: `${name} must be one of ${quoted(params.allowedValues as unknown[])}${got}.` };
    case 'const':
      return { field, code: 'invalid_value', message: `${name} must be ${JSON.stringify(params.allowedValue)}${got}.` };
    case 'pattern': {
      // The spec's way to say "not blank" (`pattern: '\S'`): a required text of only spaces.
      if (params.pattern === '\\S') return { field, code: 'required', message: `${name} must not be blank${got}.` };
      const example = Array.isArray(schema.examples) ? ` such as ${JSON.stringify(schema.examples[0])}` : '';
      return { field, code: 'invalid_format', message: `${name} is not well-formed: it must match ${String(params.pattern)}${example}${got}.` };
    }
    case 'format': {
      const { code, what } = formatFailure(String(params.format), error.data);
      return { field, code, message: `${name} must be ${what}${got}.` };
    }
    case 'if':
      return null;
    default:
      return { field, code: 'invalid_value', message: `${name} ${error.message ?? 'is not valid'}.` };
  }
}

/**
 * The field errors of Ajv's `errors` for a value named `base` (`''` for a body, else the
 * parameter's name): one per field, in Ajv's order, at most {@link MAX_LISTED}.
 */
export function fieldErrorsOf(errors: readonly ErrorObject[], base = ''): FieldError[] {
  const byField = new Map<string, FieldError>();
  // A failing subschema yields no annotations, so beside other errors `unevaluatedProperties`
  // would name known fields too: it is only trusted alone.
  const trusted = errors.every((error) => error.keyword === 'unevaluatedProperties')
    ? errors
    : errors.filter((error) => error.keyword !== 'unevaluatedProperties');
  for (const error of trusted) {
    const fieldError = fieldErrorOf(error, base);
    if (fieldError && !byField.has(fieldError.field)) byField.set(fieldError.field, fieldError);
  }
  const list = [...byField.values()];
  if (list.length <= MAX_LISTED) return list;
  const kept = list.slice(0, MAX_LISTED);
  const last = kept[MAX_LISTED - 1] as FieldError;
  kept[MAX_LISTED - 1] = { ...last, message: `${last.message} (and ${list.length - MAX_LISTED} more such problems)` };
  return kept;
}
