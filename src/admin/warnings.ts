/**
 * Warnings of a successful write: the server stored it, but something needs the admin's
 * attention. A package create or update answers with them (`warnings` in the body) when there
 * are any; the SDK exposes them on the resolved package.
 */
import * as v from 'valibot';
import { answer, anyText, array, object, text, type Answer, type Parser } from '../http/answer.js';
import { packageSchema } from '../http/contract.js';
import type { AppointmentPackage } from '../core/package.js';
import type * as Wire from '../wire/index.js';

/**
 * One warning: a `message` for the admin and a `code`. `phone_balance_empty`: a phone package was
 * written while the tenant's phone balance is 0 USD, so its calls cannot be placed until a top-up
 * (`admin.phoneBalance.topUp`). The SDK also accepts codes the spec does not list yet (a newer
 * server); show the `message`.
 */
export type AdminWarning = Omit<Wire.Warning, 'code'> & { code: Wire.Warning['code'] | (string & {}) };

/**
 * A package as a create or an update resolves: the stored package, plus `warnings` (non-empty)
 * only when the write needs attention.
 */
export type PackageWriteResult = Omit<Wire.AppointmentPackageWrite, 'warnings'> & {
  readonly warnings?: readonly AdminWarning[];
};

/**
 * One warning. Not the generated `wire.Warning`, on purpose: that refuses a code the spec does not
 * list, and a newer server's new code must not turn a write that succeeded into an error.
 */
const warning = object({ code: text, message: anyText }, 'a warning { code, message }') satisfies Answer<AdminWarning>;

const warnings = v.pipe(
  object({ warnings: v.optional(array(warning)) }, 'a package object'),
  v.transform(({ warnings }) => (warnings && warnings.length > 0 ? { warnings: Object.freeze(warnings) } : {})),
);

/** The answer of a package write: the package, and its `warnings` when the body has some. */
export const parsePackageWrite: Parser<PackageWriteResult> = answer(
  v.pipe(
    v.intersect([packageSchema, warnings]),
    v.transform((write): PackageWriteResult => write),
  ) satisfies Answer<PackageWriteResult>,
);

/** The stored package of a write's answer, without its `warnings` (what a list or a cache should keep). */
export function withoutWarnings(result: PackageWriteResult): AppointmentPackage {
  if (result.warnings === undefined) return result;
  const { warnings: _warnings, ...pkg } = result;
  return pkg;
}
