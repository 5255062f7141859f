/**
 * Gift credits of campaigns, each given to a customer exactly once: `gift_new_members` when a
 * customer is created (by any path), `gift_first_verification` when a customer first proves their
 * e-mail. The grant row (unique per campaign and customer) and its ledger entry are written in the
 * caller's transaction, so concurrent requests never gift twice.
 */
import { giftsDue, markEmailVerified, recordGift } from '../db/campaigns.js';
import { findOrAddCustomer, grantCredits, type Customer, type CustomerContact } from '../db/customers.js';
import type { Queryable } from '../db/database.js';

/** The most characters of a ledger reason. */
const MAX_REASON = 200;

/** The ledger reason of a campaign's gift: it names the campaign. */
function reasonOf(campaign: { id: string; title: string }): string {
  const reason = `campaign ${campaign.id}: ${campaign.title}`;
  return [...reason].length <= MAX_REASON ? reason : `${[...reason].slice(0, MAX_REASON - 1).join('')}…`;
}

/** Gives the customer the gifts of running `type` campaigns they have not had; the credits added. */
async function giveGifts(tx: Queryable, type: 'gift_new_members' | 'gift_first_verification', customerId: string, nowMs: number): Promise<number> {
  let added = 0;
  for (const campaign of await giftsDue(tx, type, customerId, nowMs)) {
    if (!(await recordGift(tx, campaign, customerId, nowMs))) continue;
    await grantCredits(tx, customerId, campaign.giftCredits, reasonOf(campaign));
    added += campaign.giftCredits;
  }
  return added;
}

/** Gives a customer just created the gifts of the running `gift_new_members` campaigns; the credits added. */
export function giftNewMember(tx: Queryable, customerId: string, nowMs: number): Promise<number> {
  return giveGifts(tx, 'gift_new_members', customerId, nowMs);
}

/**
 * Records that the customer proved their e-mail at `nowMs` and, the first time only, gives the
 * gifts of the running `gift_first_verification` campaigns; the credits added.
 */
export async function emailVerified(tx: Queryable, customerId: string, nowMs: number): Promise<number> {
  if (!(await markEmailVerified(tx, customerId, nowMs))) return 0;
  return giveGifts(tx, 'gift_first_verification', customerId, nowMs);
}

/**
 * Finds the customer with `contact.email` or creates one (see `findOrAddCustomer`); a customer
 * this call created gets the new-member gifts, and is answered with their credits after them.
 */
export async function findOrCreateGiftedCustomer(tx: Queryable, contact: CustomerContact, nowMs: number): Promise<Customer> {
  const { customer, created } = await findOrAddCustomer(tx, contact);
  if (!created) return customer;
  const added = await giftNewMember(tx, customer.id, nowMs);
  return { ...customer, credits: customer.credits + added };
}
