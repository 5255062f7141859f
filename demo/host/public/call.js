// The guest's call page: the booking id is in the query, its join token in the fragment (never
// sent to any server log). The token stays in this tab's memory only.
const call = document.getElementById('call');
const booking = new URLSearchParams(location.search).get('booking');
const token = new URLSearchParams(location.hash.slice(1)).get('join');
if (booking && token) {
  call.setAttribute('booking', booking);
  call.joinToken = token;
  history.replaceState(null, '', `${location.pathname}?booking=${encodeURIComponent(booking)}`);
} else {
  document.getElementById('call-status').textContent = 'This link is incomplete: open the call link from your confirmation e-mail.';
  call.hidden = true;
}
