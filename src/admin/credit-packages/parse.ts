/**
 * The credit package answer: the generated `wire.CreditPackage`, then core's credit package rules
 * on its input fields (what the spec cannot say: a title of one line and at most 120 characters,
 * read trimmed).
 */
import * as v from 'valibot';
import { answer, type Answer, type Parser } from '../../http/answer.js';
import { readBy } from '../../http/contract.js';
import * as wire from '../../http/wire-checks.js';
import type { CreditPackage } from '../../core/credit-package.js';
import { validateCreditPackage } from '../../core/validate-credit-package.js';

/** A stored package whose input fields pass the shared rules (run once its shape is right). */
const inputRules = readBy<CreditPackage>((stored) => {
  const { id, version, ...fields } = stored as CreditPackage;
  const result = validateCreditPackage(fields);
  return result.ok ? { ok: true, value: { id, version, ...result.value } } : result;
});

/** Parses a {@link CreditPackage}: its shape, then (core's reader reads any value: handed the checked package as such) the shared rules. */
export const parseCreditPackage: Parser<CreditPackage> = answer(v.pipe(wire.CreditPackage, v.transform((stored): unknown => stored), inputRules) satisfies Answer<CreditPackage>);
