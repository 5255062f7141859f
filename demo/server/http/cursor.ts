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

/** A position in a listing ordered by an instant and an id: `[instant, id]`. */
export type InstantKey = readonly [instant: string, id: string];

/** Encodes a listing position `[instant, id]` as an opaque URL-safe cursor. */
export function encodeInstantCursor(key: InstantKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeInstantCursor}, or `null` when it is not one. */
export function decodeInstantCursor(cursor: string): InstantKey | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && !Number.isNaN(Date.parse(decoded[0])) && typeof decoded[1] === 'string') {
      return [decoded[0], decoded[1]];
    }
  } catch {
    // Not base64url JSON: an unreadable cursor.
  }
  return null;
}
