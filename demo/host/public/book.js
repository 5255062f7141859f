// The host page's side of the one-tag booking: demo controls, and the widget's events as a
// site's analytics would receive them (ids and times, never secrets).
const booking = document.getElementById('booking');
const log = document.getElementById('events');

document.getElementById('expert').addEventListener('change', (event) => booking.setAttribute('expert', event.target.value));
document.getElementById('language').addEventListener('change', (event) => booking.setAttribute('lang', event.target.value));

const describe = {
  'appt-package-select': (e) => `package ${e.package.id}`,
  'appt-slot-select': (e) => `${e.slots.length} time(s) chosen`,
  'appt-checkout-start': (e) => `package ${e.packageId}, ${e.starts.length} time(s)`,
  'appt-booking-confirmed': (e) => `purchase ${e.purchaseId} by ${e.method}, bookings ${e.sessions.map((s) => s.bookingId).join(', ') || 'none yet'}`,
  'appt-payment-failed': (e) => `${e.method}: ${e.code}${e.declineCode ? ` (${e.declineCode})` : ''}`,
};
for (const [type, text] of Object.entries(describe)) {
  booking.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${text(event)}`;
    log.append(item);
  });
}
