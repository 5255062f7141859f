/**
 * Small composable checks for one field each. A check takes the field's wire name (for the
 * message) and an unknown value, and answers with the normalized value or one problem.
 * `validate-package.ts` assembles them into the package's rule table.
 */
import type { FieldError } from './package.js';

/**
 * The outcome of checking one field; a failure inside an object field may name the nested field
 * it is about (`bookingPolicy.cancelCutoffHours`).
 */
export type Check<T> = { ok: true; value: T } | { ok: false; code: string; message: string; field?: string };

/** A check for one field: `field` is only used to word the message. */
export type Rule<T> = (field: string, value: unknown) => Check<T>;

const pass = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = (code: string, message: string): Check<never> => ({ ok: false, code, message });

/** Turns a failed check into the public `FieldError` shape (its nested `field` when it names one). */
export function toFieldError(field: string, check: { code: string; message: string; field?: string }): FieldError {
  return { field: check.field ?? field, code: check.code, message: check.message };
}

/** A short, readable description of any value for "(got …)" in messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

const quoteList = (options: readonly string[]): string => {
  const quoted = options.map((option) => `"${option}"`);
  return quoted.length <= 2
    ? quoted.join(' or ')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
};

/** Options of an integer rule; `unit` words the limits ("480 minutes"). */
export interface IntegerOptions {
  min: number;
  max?: number;
  unit?: string;
}

/**
 * A safe integer within `[min, max]`. Non-numbers (including numeric strings) are `invalid_type`;
 * fractions, NaN and ±Infinity are `not_integer`; integers beyond ±2^53−1 are out of range.
 */
export function integer({ min, max = Number.MAX_SAFE_INTEGER, unit }: IntegerOptions): Rule<number> {
  const withUnit = (n: number): string => (unit ? `${n} ${unit}` : String(n));
  return (field, value) => {
    if (typeof value !== 'number') {
      return fail('invalid_type', `${field} must be a whole number (got ${describe(value)}).`);
    }
    if (!Number.isInteger(value)) {
      return fail('not_integer', `${field} must be a whole number (got ${describe(value)}).`);
    }
    if (value < min) {
      return fail('too_small', `${field} must be at least ${withUnit(min)} (got ${value}).`);
    }
    if (value > max) {
      return fail('too_large', `${field} must be at most ${withUnit(max)} (got ${value}).`);
    }
    return pass(value);
  };
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(options: readonly T[]): Rule<T> {
  return (field, value) => {
    if (typeof value !== 'string') {
      return fail('invalid_type', `${field} must be one of ${quoteList(options)} (got ${describe(value)}).`);
    }
    if (!(options as readonly string[]).includes(value)) {
      return fail('invalid_option', `${field} must be one of ${quoteList(options)} (got ${describe(value)}).`);
    }
    return pass(value as T);
  };
}

/** `null`, or whatever `rule` accepts. */
export function nullable<T>(rule: Rule<T>): Rule<T | null> {
  return (field, value) => (value === null ? pass(null) : rule(field, value));
}

// Segmenting by grapheme counts what a reader sees as one character ("é", "👍🏽", "🇩🇪" are 1 each).
// Engines without Intl.Segmenter fall back to code points.
const graphemes: Intl.Segmenter | undefined =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined;

/**
 * How many UTF-16 code units are segmented at a time. V8's segmenter spends time proportional to
 * its whole input on every step (100,000 characters took seconds), so text is segmented through a
 * short window that slides over it: the cost stays linear in the text's length.
 */
const SEGMENT_WINDOW = 256;

function countCodePoints(text: string, limit: number): number {
  let count = 0;
  for (const _ of text) if (++count > limit) break;
  return count;
}

/**
 * The number of user-perceived characters (grapheme clusters; code points without
 * Intl.Segmenter). Counting stops once it passes `limit`, answering `limit + 1`, so a rule
 * with a maximum never reads further than it needs. Time is linear in what it reads.
 */
export function characterCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  if (!graphemes) return countCodePoints(text, limit);
  let count = 0;
  let offset = 0;
  // Whether the window starts inside a cluster already counted (its first segment is that cluster's rest).
  let continuing = false;
  while (offset < text.length) {
    const last = offset + SEGMENT_WINDOW >= text.length;
    const window = last ? text.slice(offset) : text.slice(offset, offset + SEGMENT_WINDOW);
    let segments = 0;
    let tail = 0;
    for (const { index } of graphemes.segment(window)) {
      segments++;
      tail = index;
    }
    const own = continuing ? segments - 1 : segments;
    if (last) return Math.min(count + own, limit + 1);
    if (segments === 1) {
      // One cluster longer than the window (stacked combining marks): count it once and go on
      // from the window's last code point, so the next window sees where the cluster ends.
      if (!continuing) count += 1;
      const lastCodePoint = window.codePointAt(window.length - 2) ?? 0;
      offset += window.length - (lastCodePoint > 0xffff ? 2 : 1);
      continuing = true;
    } else {
      // The window's final segment may run past its end: it is counted with the next window,
      // which starts where that segment starts.
      count += own - 1;
      offset += tail;
      continuing = false;
    }
    if (count > limit) return limit + 1;
  }
  return count;
}

/** Options of a plain-text rule. */
export interface TextOptions {
  min: number;
  max: number;
  /** Trim surrounding white space before measuring and return the trimmed text. */
  trim: boolean;
  /** Allow line breaks (LF and CR); every other control character is always rejected. */
  multiline: boolean;
}

// C0/C1 controls and DEL, plus lone surrogates (text that cannot be encoded as UTF-8).
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_EXCEPT_NEWLINES = /[^\P{Cc}\n\r]|\p{Cs}/u;

/**
 * Plain text whose length, in user-perceived characters, lies within `[min, max]`
 * after optional trimming, without control characters.
 */
export function text({ min, max, trim, multiline }: TextOptions): Rule<string> {
  const forbidden = multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL;
  const what = multiline ? 'control characters other than line breaks' : 'control characters or line breaks';
  return (field, value) => {
    if (typeof value !== 'string') {
      return fail('invalid_type', `${field} must be text (got ${describe(value)}).`);
    }
    const normalized = trim ? value.trim() : value;
    if (forbidden.test(normalized)) {
      return fail('invalid_characters', `${field} must be plain text without ${what}.`);
    }
    const length = characterCount(normalized, max);
    if (length < min) {
      const message =
        min === 1 ? `${field} must not be empty.` : `${field} must be at least ${min} characters (got ${length}).`;
      return fail('too_short', message);
    }
    if (length > max) {
      return fail('too_long', `${field} must be at most ${max} characters long.`);
    }
    return pass(normalized);
  };
}

/** A code from a fixed table, written in uppercase, e.g. a country or currency code. */
export function code(options: { isValid: (code: string) => boolean; errorCode: string; kind: string; example: string }): Rule<string> {
  const { isValid, errorCode, kind, example } = options;
  return (field, value) => {
    if (typeof value !== 'string') {
      return fail('invalid_type', `${field} must be ${kind} such as "${example}" (got ${describe(value)}).`);
    }
    if (isValid(value)) return pass(value);
    const upper = value.toUpperCase();
    const hint = upper !== value && isValid(upper) ? ` Codes are uppercase: use "${upper}".` : '';
    return fail(errorCode, `${field} must be ${kind} such as "${example}" (got ${describe(value)}).${hint}`);
  };
}
