/**
 * The answers of `admin.customerTokens` and `admin.customers`: the generated checks, plus what the
 * spec cannot say: that a balance or a customer is the one asked for (or sent), that a page lists
 * each customer once.
 */
import * as v from 'valibot';
import { answer, checks, rule, type Parser } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type * as Wire from '../../wire/index.js';
import type { Schema } from '../../wire/index.js';

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

type WireCustomer = Schema<'Customer'>;
type WireCustomerDetail = Schema<'CustomerDetail'>;

/** The parser of a customer added with `email`: an answer about another address is refused. */
export const parseCreatedCustomer = (email: string): Parser<WireCustomer> =>
  answer(
    v.pipe(
      wire.Customer,
      rule<WireCustomer>('email', (customer) => customer.email.toLowerCase() === email.toLowerCase(), () => `"${email}" as sent`),
    ),
  );

/** Parses a page of customers; each customer appears once. */
export const parseCustomerPage: Parser<Schema<'CustomerPage'>> = answer(
  v.pipe(
    wire.CustomerPage,
    checks<Schema<'CustomerPage'>>((page, report) => {
      const seen = new Set<string>();
      page.data.forEach((customer, index) => {
        if (seen.has(customer.id)) report(['data', index, 'id'], 'an id not already on the page');
        seen.add(customer.id);
      });
    }),
  ),
);

/**
 * The parser of customer `customerId` with their history: the customer asked for, their own
 * purchases, ledger movements that are not 0.
 */
export const parseCustomerDetail = (customerId: string): Parser<WireCustomerDetail> =>
  answer(
    v.pipe(
      wire.CustomerDetail,
      checks<WireCustomerDetail>((detail, report) => {
        if (detail.customer.id !== customerId) report(['customer', 'id'], `"${customerId}" as asked for`);
        detail.purchases.forEach((purchase, index) => {
          if (purchase.customerId !== customerId) report(['purchases', index, 'customerId'], `"${customerId}" as asked for`);
        });
        detail.ledger.forEach((entry, index) => {
          if (entry.amount === 0) report(['ledger', index, 'amount'], 'a movement other than 0');
        });
      }),
    ),
  );
