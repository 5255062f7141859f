import type { GuestDetails } from '../../client/types.js';

/** The guest fields a checkout asks for. */
export type GuestField = 'name' | 'email' | 'phone';

/** What is wrong with a field, by the checkout's message keys. */
export type GuestProblem = 'nameRequired' | 'emailInvalid' | 'phoneInvalid';

/** One address with one `@`, text on both sides, a dot in the domain, no spaces; at most 254 characters. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** E.164: `+`, a non-zero digit, 7 to 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Checks a guest's details as typed (trimmed; spaces, dashes and brackets dropped from the
 * phone) and answers the details to send, or the problem of each wrong field.
 */
export function readGuest(
  values: Readonly<Record<GuestField, string>>,
  needsPhone: boolean,
): { ok: true; guest: GuestDetails } | { ok: false; problems: Partial<Record<GuestField, GuestProblem>> } {
  const name = values.name.trim();
  const email = values.email.trim();
  const phone = values.phone.replace(/[\s\-().]/g, '');
  const problems: Partial<Record<GuestField, GuestProblem>> = {};
  if (!name || name.length > 120) problems.name = 'nameRequired';
  if (!EMAIL.test(email) || email.length > 254) problems.email = 'emailInvalid';
  if (needsPhone && !E164.test(phone)) problems.phone = 'phoneInvalid';
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, guest: { name, email, ...(needsPhone ? { phone } : {}) } };
}
