// The guest's call page: the booking id is in the query, its join token in the fragment.
import { bookingFromLink } from './link-token.js';

const call = document.getElementById('call');
const link = bookingFromLink('apptkit.join', 'join');
if (link) {
  call.setAttribute('booking', link.booking);
  call.joinToken = link.token;
} else {
  document.getElementById('call-status').textContent = 'This link is incomplete: open the call link from your confirmation e-mail.';
  call.hidden = true;
}
