/**
 * Secrets at rest. Tokens (customer, purchase, hold, join, expert) are stored only as SHA-256 and
 * compared in constant time; what must be read back (a replayed answer, a test-mode e-mail) is
 * sealed with AES-256-GCM under a key the database does not hold.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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

/** The format tag of a sealed text: AES-256-GCM, key from HKDF-SHA256. */
const SEALED_PREFIX = 'v1.';

function sealingKey(secret: string, context: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from(context, 'utf8'), 'apptkit sealed text', 32));
}

/**
 * Encrypts `plaintext` at rest (AES-256-GCM) under a key derived from `secret` and `context`,
 * e.g. an Idempotency-Key that only its client knows and the API key it came with. The result is
 * `v1.` and base64url of nonce, tag and ciphertext.
 */
export function seal(plaintext: string, secret: string, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret, context), nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/** The plaintext of {@link seal}'s output, or `null` when `secret` or `context` differ or it was altered. */
export function unseal(sealed: string, secret: string, context: string): string | null {
  if (!sealed.startsWith(SEALED_PREFIX)) return null;
  const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (bytes.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret, context), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
