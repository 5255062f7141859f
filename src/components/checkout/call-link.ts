/**
 * The call link of a booking on the host's call page: `joinUrl?booking=<id>#join=<token>` for a
 * guest (the token in the fragment never reaches a server log), `joinUrl?booking=<id>` for a
 * signed-in customer, whose sign-in proves them.
 */
export function callLink(joinUrl: string, bookingId: string, joinToken: string | undefined): string {
  const url = new URL(joinUrl);
  url.searchParams.set('booking', bookingId);
  if (joinToken) url.hash = `join=${encodeURIComponent(joinToken)}`;
  return url.href;
}
