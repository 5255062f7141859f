/** Checks of credit package answers against the contract. */
import { got, isRecord, type Parser } from '../../client/contract.js';
import { validateCreditPackage } from '../../core/validate-credit-package.js';
import type { CreditPackage } from '../../core/credit-package.js';

/** A {@link CreditPackage}: an id, a version ≥ 1 and input fields that pass the shared rules. */
export const parseCreditPackage: Parser<CreditPackage> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a credit package object (${got(json)}).` });
    return undefined;
  }
  const { id, version, ...fields } = json;
  const before = issues.length;
  if (typeof id !== 'string' || id.trim() === '') issues.push({ path: `${path}.id`, message: `expected a non-empty string (${got(id)}).` });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    issues.push({ path: `${path}.version`, message: `expected an integer ≥ 1 (${got(version)}).` });
  }
  const result = validateCreditPackage(fields);
  if (!result.ok) {
    for (const error of result.errors) issues.push({ path: error.field ? `${path}.${error.field}` : path, message: error.message });
  }
  if (issues.length > before || !result.ok) return undefined;
  return { id: id as string, version: version as number, ...result.value };
};
