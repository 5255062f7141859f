/**
 * Sends the receipt e-mail of a credit purchase once the write that paid it is committed, in the
 * customer's language and time zone (else English and UTC, named), and makes the answer say
 * whether the mailer took it (`emailSent`). Only the write that paid the purchase sends it: a
 * replay or a later confirm answers what was stored and sends nothing. A mailer failure is logged
 * and swallowed: the purchase and its credits stand whatever happens to the e-mail.
 */
import { creditReceiptParties, markCreditReceiptMailed } from '../db/credit-receipts.js';
import type { Reply } from '../http/router.js';
import { creditReceiptMail } from '../mail/credit-receipt-mail.js';
import { mailTerms } from '../mail/i18n/index.js';
import { mailerOf } from '../mail/outbox.js';
import type { RouteDeps } from '../routes/context.js';
import type { CreditPurchaseReceipt } from './credit-payment.js';

/** E-mails the customer the receipt of the paid credit purchase `receipt`; whether the mailer took it. */
export async function sendCreditReceipt(deps: RouteDeps, receipt: CreditPurchaseReceipt): Promise<boolean> {
  const { config } = deps;
  try {
    const parties = await creditReceiptParties(deps.db, receipt.id);
    if (!parties) throw new Error(`Credit purchase ${receipt.id} has no customer to write to.`);
    const mail = creditReceiptMail({
      to: parties.customerEmail,
      customerName: parties.customerName,
      terms: mailTerms(parties.customerLocale),
      timeZone: parties.customerTimeZone ?? 'UTC',
      packageTitle: parties.packageTitle,
      purchase: receipt,
      campaign: parties.campaign,
    });
    await mailerOf(deps).send(mail);
  } catch (error) {
    config.log.error('credit receipt e-mail failed; the purchase stands', { creditPurchaseId: receipt.id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
  try {
    await markCreditReceiptMailed(deps.db, receipt.id, config.clock().getTime());
  } catch (error) {
    config.log.error('could not record that the credit receipt was sent', { creditPurchaseId: receipt.id, error: error instanceof Error ? error.message : String(error) });
  }
  return true;
}

/** The `afterCommit` of a write that paid a credit purchase: its receipt, and `emailSent` in the answer. */
export function creditReceiptAfterCommit(deps: RouteDeps): { afterCommit: (reply: Reply) => Promise<Reply> } {
  return {
    afterCommit: async (reply) => {
      const receipt = reply.body as CreditPurchaseReceipt;
      return (await sendCreditReceipt(deps, receipt)) ? { ...reply, body: { ...receipt, emailSent: true } } : reply;
    },
  };
}
