/**
 * Idempotency keys for creates: 128 random bits from the platform's CSPRNG (Web Crypto, present
 * in Node 20 and every browser, also on plain-http pages where `randomUUID` is missing).
 */
import { requireId } from '../http/require-id.js';

/** A new random key, e.g. `"idem_3f0c…"` (32 hex digits). */
function newIdempotencyKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `idem_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** The `Idempotency-Key` of a write: the caller's `given` key (checked like an id), else a new one. */
export function idempotencyKeyOf(given: string | undefined): string {
  return given === undefined ? newIdempotencyKey() : requireId('idempotencyKey', given);
}
