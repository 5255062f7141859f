// The guest's call page: the booking id is in the query, its join token in the fragment (never
// sent to any server log). The token leaves the address bar at once and stays in this tab's
// sessionStorage, so a reload of the page still joins; another tab needs the link again.
const call = document.getElementById('call');
const booking = new URLSearchParams(location.search).get('booking');
const fromLink = new URLSearchParams(location.hash.slice(1)).get('join');
const storageKey = booking ? `apptkit.join:${booking}` : '';

function remembered() {
  try {
    return storageKey ? sessionStorage.getItem(storageKey) : null;
  } catch {
    return null;
  }
}

function remember(value) {
  try {
    sessionStorage.setItem(storageKey, value);
  } catch {
    // No storage for this page: the link keeps working, a reload needs it again.
  }
}

const token = fromLink || remembered();
if (booking && token) {
  if (fromLink) remember(fromLink);
  call.setAttribute('booking', booking);
  call.joinToken = token;
  history.replaceState(null, '', `${location.pathname}?booking=${encodeURIComponent(booking)}`);
} else {
  document.getElementById('call-status').textContent = 'This link is incomplete: open the call link from your confirmation e-mail.';
  call.hidden = true;
}
