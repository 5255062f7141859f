/**
 * Guests' join links: each new booking gets a booking-scoped join token, shown once in the
 * booking's answer (for the confirmation e-mail's link) and stored only as SHA-256. It admits
 * that booking's call and nothing else.
 */
import { sha256 } from '../checkout/secrets.js';
import type { Booking } from '../db/bookings.js';
import { insertJoinTokenHash } from '../db/calls.js';
import type { Queryable } from '../db/database.js';
import { newToken } from '../db/ids.js';

/** Mints and stores another join token of `bookingId` (the others stay valid); returns it. */
export async function mintJoinToken(tx: Queryable, bookingId: string): Promise<string> {
  const joinToken = newToken('jnt');
  await insertJoinTokenHash(tx, bookingId, sha256(joinToken));
  return joinToken;
}

/** Mints and stores a join token for each of `bookings`; returns them with `joinToken` set. */
export async function issueJoinTokens(tx: Queryable, bookings: readonly Booking[]): Promise<Booking[]> {
  const issued: Booking[] = [];
  for (const booking of bookings) issued.push({ ...booking, joinToken: await mintJoinToken(tx, booking.id) });
  return issued;
}

/** `stored` bookings with the `joinToken` of the same booking in `issued`, where there is one. */
export function withJoinTokens(stored: readonly Booking[], issued: readonly Booking[]): Booking[] {
  const tokens = new Map(issued.filter((b) => b.joinToken !== undefined).map((b) => [b.id, b.joinToken as string]));
  return stored.map((booking) => {
    const joinToken = tokens.get(booking.id);
    return joinToken === undefined ? booking : { ...booking, joinToken };
  });
}
