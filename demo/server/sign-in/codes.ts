/**
 * One-time sign-in codes: six random digits, stored only as a salted SHA-256, valid for a few
 * minutes, used once, and void after too many wrong attempts.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Preferences } from '../checkout/preferences.js';
import { sha256, tokenMatches } from '../checkout/secrets.js';

/** How long a code is valid. */
export const CODE_MINUTES = 10;
/** The most codes one address may be sent per {@link CODE_WINDOW_MINUTES}. */
export const MAX_CODES_PER_WINDOW = 5;
/** The window of {@link MAX_CODES_PER_WINDOW}. */
export const CODE_WINDOW_MINUTES = 15;
/** Wrong attempts after which an address's live codes are void. */
export const MAX_WRONG_ATTEMPTS = 5;

/** A new code and what is stored of it. */
export interface NewCode {
  code: string;
  salt: string;
  codeHash: string;
}

/** Six uniformly random digits (crypto random), with a fresh salt and their hash. */
export function newCode(): NewCode {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const salt = randomBytes(16).toString('hex');
  return { code, salt, codeHash: sha256(`${salt}:${code}`) };
}

/** A stored code as verification needs it. */
export interface StoredCode {
  id: string;
  name: string;
  salt: string;
  codeHash: string;
  failedAttempts: number;
  expiresAtMs: number;
  used: boolean;
  /** The language and time zone sent with the code's request. */
  preferences: Preferences;
}

/** What a submitted code is, among an address's stored codes. */
export type Verdict =
  | { ok: true; code: StoredCode }
  | { ok: false; reason: 'wrong' | 'used' | 'void' | 'expired' };

/** Finds `code` among `stored` at `nowMs` and says whether it signs in (compared in constant time). */
export function verifyCode(stored: readonly StoredCode[], code: string, nowMs: number): Verdict {
  const match = stored.find((row) => tokenMatches(`${row.salt}:${code}`, row.codeHash));
  if (!match) return { ok: false, reason: 'wrong' };
  if (match.used) return { ok: false, reason: 'used' };
  if (match.failedAttempts >= MAX_WRONG_ATTEMPTS) return { ok: false, reason: 'void' };
  if (match.expiresAtMs <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, code: match };
}

/** Whether `row` could still sign in at `nowMs` (a wrong attempt counts against these). */
export const isLive = (row: StoredCode, nowMs: number): boolean =>
  !row.used && row.failedAttempts < MAX_WRONG_ATTEMPTS && row.expiresAtMs > nowMs;
