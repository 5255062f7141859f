/**
 * Sends the booking confirmation e-mail once bookings are committed. A mailer failure is logged
 * and swallowed: the bookings stand whatever happens to the e-mail.
 */
import { JOIN_OPENS_MINUTES_BEFORE } from '../calls/window.js';
import { purchaseParties, type Booking } from '../db/bookings.js';
import { bookingConfirmationMail } from '../mail/booking-mail.js';
import { mailerOf } from '../mail/outbox.js';
import type { RouteDeps } from '../routes/context.js';

/** E-mails the customer the newly committed `bookings` (all of one purchase). Never throws. */
export async function sendBookingConfirmation(deps: RouteDeps, bookings: readonly Booking[]): Promise<void> {
  const purchaseId = bookings[0]?.purchaseId;
  if (purchaseId === undefined) return;
  try {
    const parties = await purchaseParties(deps.db, purchaseId);
    if (!parties) throw new Error(`Purchase ${purchaseId} has no customer, expert or package to write about.`);
    const mail = bookingConfirmationMail({
      to: parties.customerEmail,
      customerName: parties.customerName,
      expertName: parties.expertName,
      timeZone: parties.expertTimeZone,
      packageTitle: parties.packageTitle,
      sessions: bookings,
      joinPageUrl: deps.config.joinPageUrl,
      joinOpensMinutesBefore: JOIN_OPENS_MINUTES_BEFORE,
    });
    await mailerOf(deps).send(mail);
  } catch (error) {
    deps.config.log.error('booking confirmation e-mail failed; the bookings stand', {
      purchaseId,
      bookingIds: bookings.map((booking) => booking.id),
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The `afterCommit` of a write that booked `bookings`: their confirmation, or nothing when none. */
export function confirmAfterCommit(deps: RouteDeps, bookings: readonly Booking[]): { afterCommit?: () => Promise<void> } {
  return bookings.length === 0 ? {} : { afterCommit: () => sendBookingConfirmation(deps, bookings) };
}
