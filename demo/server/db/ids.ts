import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A new random id with a type prefix, e.g. `pkg_k3v…`: 20 characters of 32 symbols (100 bits).
 * 256 is a multiple of 32, so masking each byte keeps the symbols uniform.
 */
export function newId(prefix: 'pkg' | 'exp' | 'key' | 'blk' | 'hold' | 'cus' | 'pur' | 'bkg' | 'cpk' | 'cpu' | 'cmp' | 'cpn' | 'rfd'): string {
  const bytes = randomBytes(20);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return `${prefix}_${id}`;
}

/** A new secret token with a type prefix, e.g. `hlt_…`: 32 random bytes, base64url. */
export function newToken(prefix: 'hlt' | 'ctk' | 'prt' | 'jnt' | 'etk'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** A new request id for the `Request-Id` header and problem bodies. */
export function newRequestId(): string {
  return `req_${randomBytes(12).toString('hex')}`;
}
