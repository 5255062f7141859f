/**
 * The one screen every string of every request passes before any handler reads it: JSON bodies
 * (keys and values, at any depth), query parameters and path parameters, public and admin routes
 * alike. It refuses what no field may hold: NUL, unpaired UTF-16 surrogates (text that cannot be
 * stored or encoded as UTF-8), text past a size no field needs, and nesting past a depth no
 * request needs. Field rules (lengths in characters, formats) come after it, on bounded input.
 */
import type { FieldError } from '../../../src/core/index.js';

/** The longest text accepted anywhere in a request, in UTF-16 code units (a 2,000-character description of emoji fits). */
export const MAX_TEXT_UNITS = 32_768;
/** The deepest nesting of arrays and objects accepted in a JSON body. */
export const MAX_JSON_DEPTH = 32;
/** At most this many problems are listed; the rest are summed up in the last one. */
const MAX_LISTED = 20;

// eslint-disable-next-line no-control-regex -- finding NUL is this pattern's job
const NUL_OR_LONE_SURROGATE = /[\u0000\p{Cs}]/u;

/** A field name fit to print: control characters and lone surrogates escaped as `\uXXXX`. */
function printable(name: string): string {
  return name.replace(/[\p{Cc}\p{Cs}]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The problem with one text value, or `null` when the screen lets it through. */
export function screenText(field: string, text: string): FieldError | null {
  if (text.length > MAX_TEXT_UNITS) {
    return { field, code: 'too_long', message: `${field} is longer than any field accepts (${MAX_TEXT_UNITS} UTF-16 code units at most).` };
  }
  if (NUL_OR_LONE_SURROGATE.test(text)) {
    return { field, code: 'invalid_characters', message: `${field} contains NUL or an unpaired UTF-16 surrogate, which no field accepts.` };
  }
  return null;
}

class Problems {
  readonly list: FieldError[] = [];
  private dropped = 0;

  add(problem: FieldError | null): void {
    if (problem === null) return;
    if (this.list.length < MAX_LISTED) this.list.push(problem);
    else this.dropped++;
  }

  done(): FieldError[] {
    if (this.dropped > 0) {
      const last = this.list[this.list.length - 1] as FieldError;
      this.list[this.list.length - 1] = { ...last, message: `${last.message} (and ${this.dropped} more such problems)` };
    }
    return this.list;
  }
}

const child = (path: string, key: string): string => (path === '' ? printable(key) : `${path}.${printable(key)}`);

/**
 * Every problem of a parsed JSON body, walked without recursion (a body of deeply nested arrays
 * cannot exhaust the stack). Fields are named by path: `customer.email`, `starts[2]`.
 */
export function screenJson(body: unknown): FieldError[] {
  const problems = new Problems();
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      problems.add(screenText(path === '' ? 'body' : path, value));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.add({ field: path === '' ? 'body' : path, code: 'too_deep', message: `${path || 'The body'} nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels.` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      const field = child(path, key);
      const keyProblem = screenText(field, key);
      if (keyProblem) problems.add({ ...keyProblem, message: `The name of ${keyProblem.message}` });
      else pending.push({ value: item, path: field, depth: depth + 1 });
    }
  }
  return problems.done();
}

/** Every problem of a request's query parameters (names and values) and path parameters. */
export function screenUrl(query: URLSearchParams, params: Readonly<Record<string, string>>): FieldError[] {
  const problems = new Problems();
  for (const [name, value] of Object.entries(params)) problems.add(screenText(name, value));
  for (const [name, value] of query) {
    const field = printable(name);
    problems.add(screenText(field, name) ?? screenText(field, value));
  }
  return problems.done();
}
