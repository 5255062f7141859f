/** The credit package answer, read with the client's answer schemas and core's credit package rules. */
import * as v from 'valibot';
import { answer, object, text, whole, type Answer, type Parser } from '../../http/answer.js';
import { readBy } from '../../http/contract.js';
import type { CreditPackage } from '../../core/credit-package.js';
import { isRecord } from '../../core/record.js';
import { validateCreditPackage } from '../../core/validate-credit-package.js';

/** The input fields of a stored credit package (without `id` and `version`), by the shared rules. */
const inputFields = readBy((json) => {
  if (!isRecord(json)) return validateCreditPackage(json);
  const { id: _id, version: _version, ...fields } = json;
  return validateCreditPackage(fields);
});

/** A {@link CreditPackage}: an id, a version ≥ 1 and input fields that pass the shared rules. */
export const creditPackageSchema = v.intersect([object({ id: text, version: whole(1) }, 'a credit package object'), inputFields]) satisfies Answer<CreditPackage>;

/** Parses a {@link CreditPackage}. */
export const parseCreditPackage: Parser<CreditPackage> = answer(creditPackageSchema);
