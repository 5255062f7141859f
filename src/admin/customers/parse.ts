/**
 * The answers of `admin.customerTokens` and `admin.customers`: the generated checks, plus what the
 * spec cannot say, that a balance is the one of the customer asked for.
 */
import * as v from 'valibot';
import { answer, rule, type Parser } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type * as Wire from '../../wire/index.js';

/** Parses a customer token `{ token, customerId, expiresAt }`. */
export const parseCustomerToken: Parser<Wire.CustomerToken> = answer(wire.CustomerToken);

/** The parser of the credit balance of customer `customerId`: a balance of another customer is refused. */
export const parseBalance = (customerId: string): Parser<Wire.CreditBalance> =>
  answer(
    v.pipe(
      wire.CreditBalance,
      rule<Wire.CreditBalance>('customerId', (balance) => balance.customerId === customerId, () => `"${customerId}" as asked for`),
    ),
  );
