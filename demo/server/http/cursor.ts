import type { FieldError } from '../../../src/core/index.js';
import type { PackageKey } from '../db/packages.js';

/** Encodes a keyset position as an opaque URL-safe cursor. */
export function encodeCursor(key: PackageKey): string {
  return Buffer.from(JSON.stringify([key.expertId, key.listingOrder, key.id]), 'utf8').toString('base64url');
}

/** The field error of a `cursor` that {@link decodeCursor} cannot read. */
export const INVALID_CURSOR: FieldError = { field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by this endpoint.' };

/** Decodes a cursor made by {@link encodeCursor}, or `null` when it is not one. */
export function decodeCursor(cursor: string): PackageKey | null {
  let decoded: unknown;
  try {
    decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    decoded = undefined;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    typeof decoded[0] === 'string' &&
    Number.isSafeInteger(decoded[1]) &&
    (decoded[1] as number) >= 0 &&
    typeof decoded[2] === 'string'
  ) {
    return { expertId: decoded[0], listingOrder: decoded[1] as number, id: decoded[2] };
  }
  return null;
}
