// The "Reschedule or cancel" page of the confirmation e-mail: `#booking=…&token=…`.
import { bookingFromLink } from './link-token.js';

const manage = document.getElementById('manage');
const link = bookingFromLink('apptkit.manage', 'token');
if (link) {
  manage.setAttribute('booking-id', link.booking);
  // As a property, like the call page's join token: the token stays out of the page's markup.
  manage.bookingToken = link.token;
} else {
  document.getElementById('manage-status').textContent = 'This link is incomplete: open the "Reschedule or cancel" link from your confirmation e-mail.';
  manage.hidden = true;
}
