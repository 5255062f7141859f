/** Secret tokens (customer, purchase, hold): stored only as SHA-256, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The SHA-256 hex digest under which a token is stored. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether `token` is the one whose hash is `tokenHash`. */
export function tokenMatches(token: string, tokenHash: string): boolean {
  const given = Buffer.from(sha256(token), 'hex');
  const stored = Buffer.from(tokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
