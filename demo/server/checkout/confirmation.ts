/**
 * Sends the confirmation e-mails once the writes they confirm are committed, in the customer's
 * language and time zone (else English and the expert's zone, named), and makes the answer say
 * whether the e-mail was handed to the mailer (`emailSent`). A mailer failure is logged and
 * swallowed: the purchase and its bookings stand whatever happens to the e-mail.
 */
import { JOIN_OPENS_MINUTES_BEFORE } from '../calls/window.js';
import { purchaseParties, type Booking, type PurchaseParties } from '../db/bookings.js';
import { markConfirmationMailed } from '../db/purchases.js';
import type { Reply } from '../http/router.js';
import { bookingConfirmationMail, type MailReader } from '../mail/booking-mail.js';
import { mailTerms } from '../mail/i18n/index.js';
import type { Mail } from '../mail/mailer.js';
import { mailerOf } from '../mail/outbox.js';
import { purchaseConfirmationMail } from '../mail/purchase-mail.js';
import type { RouteDeps } from '../routes/context.js';
import type { PurchaseReceipt } from './purchase-receipt.js';
import type * as Wire from '../../../src/wire/index.js';

/** What `POST /v1/bookings` answers. */
export type BookingResult = Wire.BookingResult;

/** The reader of a purchase's e-mails: the customer, in their language and zone (else the expert's). */
export function readerOf(parties: PurchaseParties): MailReader {
  return {
    to: parties.customerEmail,
    customerName: parties.customerName,
    terms: mailTerms(parties.customerLocale),
    timeZone: parties.customerTimeZone ?? parties.expertTimeZone,
  };
}

const calls = (deps: RouteDeps) => ({
  joinPageUrl: deps.config.joinPageUrl,
  managePageUrl: deps.config.managePageUrl,
  joinOpensMinutesBefore: JOIN_OPENS_MINUTES_BEFORE,
});

/**
 * Composes the mail of purchase `purchaseId` with `compose` and sends it; whether the mailer took
 * it. Never throws: a failure is logged as `failure` with `fields`.
 */
async function send(deps: RouteDeps, purchaseId: string, failure: string, compose: (parties: PurchaseParties) => Mail, fields: Record<string, unknown>): Promise<boolean> {
  try {
    const parties = await purchaseParties(deps.db, purchaseId);
    if (!parties) throw new Error(`Purchase ${purchaseId} has no customer, expert or package to write about.`);
    await mailerOf(deps).send(compose(parties));
    return true;
  } catch (error) {
    deps.config.log.error(failure, {
      purchaseId,
      ...fields,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/** E-mails the customer the confirmation of the paid purchase `receipt` (with its bookings); whether it was sent. */
export async function sendPurchaseConfirmation(deps: RouteDeps, receipt: PurchaseReceipt): Promise<boolean> {
  const sent = await send(
    deps,
    receipt.id,
    'purchase confirmation e-mail failed; the purchase stands',
    (parties) =>
      purchaseConfirmationMail({
        ...readerOf(parties),
        ...calls(deps),
        ...parties.place,
        expertName: parties.expertName,
        packageTitle: parties.packageTitle,
        purchase: receipt,
        sessions: receipt.bookings,
      }),
    { bookingIds: receipt.bookings.map((booking) => booking.id) },
  );
  if (sent) {
    try {
      await markConfirmationMailed(deps.db, receipt.id, deps.config.clock().getTime());
    } catch (error) {
      deps.config.log.error('could not record that the purchase confirmation was sent', {
        purchaseId: receipt.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return sent;
}

/** E-mails the customer the newly committed `bookings` of purchase `purchaseId`; whether it was sent. */
export async function sendBookingConfirmation(deps: RouteDeps, purchaseId: string, bookings: readonly Booking[]): Promise<boolean> {
  if (bookings.length === 0) return false;
  return send(
    deps,
    purchaseId,
    'booking confirmation e-mail failed; the bookings stand',
    (parties) =>
      bookingConfirmationMail({
        ...readerOf(parties),
        ...calls(deps),
        ...parties.place,
        expertName: parties.expertName,
        packageTitle: parties.packageTitle,
        sessions: bookings,
      }),
    { bookingIds: bookings.map((booking) => booking.id) },
  );
}

/** The `afterCommit` of a write that paid a purchase: its confirmation, and `emailSent` in the receipt. */
export function confirmPurchaseAfterCommit(deps: RouteDeps): { afterCommit: (reply: Reply) => Promise<Reply> } {
  return {
    afterCommit: async (reply) => {
      const receipt = reply.body as PurchaseReceipt;
      return (await sendPurchaseConfirmation(deps, receipt)) ? { ...reply, body: { ...receipt, emailSent: true } } : reply;
    },
  };
}

/** The `afterCommit` of `POST /v1/bookings`: the booking confirmation, and `emailSent` in the result. */
export function confirmBookingsAfterCommit(deps: RouteDeps): { afterCommit: (reply: Reply) => Promise<Reply> } {
  return {
    afterCommit: async (reply) => {
      const result = reply.body as BookingResult;
      return (await sendBookingConfirmation(deps, result.purchase.id, result.bookings)) ? { ...reply, body: { ...result, emailSent: true } } : reply;
    },
  };
}
