// The booking-scoped token of an e-mail's link (the call link, "Reschedule or cancel"): it comes
// in the fragment (never sent to any server log), leaves the address bar at once and stays in this
// tab's sessionStorage under `<prefix>:<booking>`, so a reload of the page still works; another
// tab needs the link again.

/** The token remembered for `key`, or null (no storage for this page). */
function remembered(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers `value` under `key`; without storage the link keeps working, a reload needs it again. */
function remember(key, value) {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: see above.
  }
}

/**
 * The booking and its token from this page's address: `booking` from the fragment or the query,
 * the token from the fragment's `tokenParam` or this tab's memory. With both, the address keeps
 * only `?booking=…`; `null` when either is missing.
 */
export function bookingFromLink(prefix, tokenParam) {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const booking = fragment.get('booking') || new URLSearchParams(location.search).get('booking');
  if (!booking) return null;
  const key = `${prefix}:${booking}`;
  const fromLink = fragment.get(tokenParam);
  const token = fromLink || remembered(key);
  if (!token) return null;
  if (fromLink) remember(key, fromLink);
  history.replaceState(null, '', `${location.pathname}?booking=${encodeURIComponent(booking)}`);
  return { booking, token };
}
