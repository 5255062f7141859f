/**
 * Warnings of a successful write: the server stored it, but something needs the admin's
 * attention. A package create or update answers with them (`warnings` in the body) when there
 * are any; the SDK exposes them on the resolved package.
 */
import { got, isRecord, parseAppointmentPackage, type Parser } from '../client/contract.js';
import type { AppointmentPackage } from '../core/package.js';

/** One warning. */
export interface AdminWarning {
  /**
   * `phone_balance_empty`: a phone package was written while the tenant's phone balance is 0 USD,
   * so its calls cannot be placed until a top-up (`admin.phoneBalance.topUp`). Other codes may
   * come later; show the `message`.
   */
  code: 'phone_balance_empty' | (string & {});
  /** A sentence for the admin. */
  message: string;
}

/** A package as a create or an update resolves: the stored package, plus `warnings` when there are any. */
export type PackageWriteResult = AppointmentPackage & {
  /** Present (non-empty) only when the write needs attention. */
  readonly warnings?: readonly AdminWarning[];
};

const parseWarning: Parser<AdminWarning> = (json, path, issues) => {
  if (!isRecord(json) || typeof json.code !== 'string' || json.code === '' || typeof json.message !== 'string') {
    issues.push({ path, message: `expected a warning { code, message } (${got(json)}).` });
    return undefined;
  }
  return { code: json.code, message: json.message };
};

/** The answer of a package write: the package, and its `warnings` when the body has some. */
export const parsePackageWrite: Parser<PackageWriteResult> = (json, path, issues) => {
  if (!isRecord(json) || json.warnings === undefined) return parseAppointmentPackage(json, path, issues);
  const { warnings, ...rest } = json;
  const before = issues.length;
  const pkg = parseAppointmentPackage(rest, path, issues);
  if (!Array.isArray(warnings)) {
    issues.push({ path: `${path}.warnings`, message: `expected an array (${got(warnings)}).` });
    return undefined;
  }
  const parsed = warnings.map((warning, index) => parseWarning(warning, `${path}.warnings[${index}]`, issues));
  if (!pkg || issues.length > before) return undefined;
  return parsed.length > 0 ? { ...pkg, warnings: Object.freeze(parsed as AdminWarning[]) } : pkg;
};

/** The stored package of a write's answer, without its `warnings` (what a list or a cache should keep). */
export function withoutWarnings(result: PackageWriteResult): AppointmentPackage {
  if (result.warnings === undefined) return result;
  const { warnings: _warnings, ...pkg } = result;
  return pkg;
}
