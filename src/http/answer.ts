/**
 * The one way the client and the admin SDK read the server's answers: a valibot schema per answer
 * (shape, wire rules from `src/core`, and the semantic checks that protect the UI), turned into the
 * transport's {@link Parser} by {@link answer}. A failed check records each problem with its JSON
 * path (`$.data[0].start`) and a message `expected … (got …).`; extra fields are dropped.
 *
 * The schemas themselves are generated from the spec (`wire-checks.ts`) out of the small blocks
 * here (`is`, `object`, `array`); the hand-written semantic checks use `checks`, `checkAsked` and
 * `rule`. Only small blocks of valibot are used, so that the readers' chunks stay small.
 */
import * as v from 'valibot';
import { isRecord } from '../core/record.js';

import type { Parser } from './transport.js';

export type { Parser };

/** A schema of an answer (or a part of one) whose output is `T`. */
export type Answer<T> = v.GenericSchema<unknown, T>;

/** Words what was found for a "(got …)" in an issue. */
export const got = (value: unknown): string => {
  if (value === undefined) return 'it is missing';
  if (Array.isArray(value)) return 'got an array';
  if (typeof value === 'object' && value !== null) return 'got an object';
  const shown = JSON.stringify(value) ?? String(value);
  return `got ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`;
};

/** The message `expected <what> (<what was found>).` of an issue. */
export const expected =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what} (${got(issue.input)}).`;

/** A value passing `test` (a rule of `src/core`, typically), described as `what` when it does not. */
export const is = <T>(test: (value: unknown) => boolean, what: string): Answer<T> => v.custom<T>(test, expected(what));

/** A non-empty string (not only spaces). */
export const text = is<string>((value) => typeof value === 'string' && value.trim() !== '', 'a non-empty string');

/** A string, possibly empty. */
export const anyText = is<string>((value) => typeof value === 'string', 'a string');

/** An object of `entries` (described as `what` when the value is no object); other fields are dropped. */
export const object = <const E extends v.ObjectEntries>(entries: E, what: string) =>
  // valibot's object takes arrays too; an answer's object never is one.
  v.pipe(v.custom<Record<string, unknown>>(isRecord, expected(what)), v.object(entries, expected(what)));

/** An array of `item`s. */
export const array = <T extends v.GenericSchema>(item: T, what = 'an array') => v.array(item, expected(what));

/** Records that the value at `keys` (below the checked value) is not what was `expected`; `found` words what is there. */
export type Report = (keys: readonly (string | number)[], expected: string, found?: string) => void;

/** The path items of valibot for `keys` below `root`. */
function pathOf(root: unknown, keys: readonly (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = root;
  return keys.map((key) => {
    const value = (input as Record<string | number, unknown>)[key];
    const item = { type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input, key, value };
    input = value;
    return item as v.IssuePathItem;
  }) as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/**
 * Checks across the fields of a value whose shape is right (they are skipped while it is not):
 * a receipt's bookings belong to its purchase, slots are in order. `run` reports each problem at
 * its path below the value.
 */
export function checks<T>(run: (value: T, report: Report) => void) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const root = dataset.value;
    run(root, (keys, what, found) => {
      const path = pathOf(root, keys);
      addIssue({ message: `expected ${what} (${found ?? got(path[path.length - 1]!.value)}).`, path });
    });
  });
}

/** Reports each field of `wanted` that the answer does not carry as asked, e.g. another expert's slots. */
export function checkAsked<T extends object>(answer: T, wanted: Partial<T>, report: Report, at: readonly (string | number)[] = []): void {
  for (const [field, value] of Object.entries(wanted)) {
    if (value !== undefined && answer[field as keyof T] !== value) report([...at, field], `${JSON.stringify(value)} as asked for`);
  }
}

/** A check of a whole object reported at its `field`; `problem` words what was expected, e.g. `an instant after start …`. */
export const rule = <T extends Record<string, unknown>>(field: keyof T & string, ok: (value: T) => boolean, problem: (value: T) => string) =>
  checks<T>((value, report) => {
    if (!ok(value)) report([field], problem(value));
  });

/** The schema found below `schema` along `keys` (an entry of an object, an item of an array). */
function schemaAt(schema: unknown, keys: readonly unknown[]): { message?: unknown } | undefined {
  type Node = { entries?: Record<string, Node>; item?: Node; wrapped?: Node; pipe?: Node[]; message?: unknown } | undefined;
  /** The schema holding the entries or the item: unwraps `optional`/`nullable` and looks into pipes. */
  const holder = (node: Node): Node => {
    if (node?.wrapped) return holder(node.wrapped);
    if (node?.entries || node?.item) return node;
    for (const step of node?.pipe ?? []) {
      const found = step === node ? undefined : holder(step);
      if (found?.entries || found?.item) return found;
    }
    return node;
  };
  let at = schema as Node;
  for (const key of keys) at = typeof key === 'number' ? holder(at)?.item : holder(at)?.entries?.[String(key)];
  return at;
}

/**
 * The transport's {@link Parser} of `schema`: every problem becomes an issue at `path` plus its
 * JSON path, and the answer is `undefined` unless all is well. A missing field is worded by its
 * own schema ("expected a non-empty string (it is missing)").
 */
export function answer<T>(schema: Answer<T>): Parser<T> {
  return (json, path, issues) => {
    const result = v.safeParse(schema, json, { abortPipeEarly: true });
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((item) => item.key);
      let message = issue.message;
      if (issue.kind === 'schema' && issue.input === undefined && keys.length > 0) {
        const own = schemaAt(schema, keys)?.message;
        if (typeof own === 'function') message = String(own({ input: undefined }));
      }
      const where = keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
      issues.push({ path: `${path}${where}`, message });
    }
    return undefined;
  };
}
