import type { GuestDetails } from '../../client/types.js';
import { isE164Phone, isEmailAddress } from '../../core/contact.js';

/** The guest fields a checkout asks for. */
export type GuestField = 'name' | 'email' | 'phone';

/** What is wrong with a field, by the checkout's message keys. */
export type GuestProblem = 'nameRequired' | 'emailInvalid' | 'phoneInvalid';

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
  if (!isEmailAddress(email)) problems.email = 'emailInvalid';
  if (needsPhone && !isE164Phone(phone)) problems.phone = 'phoneInvalid';
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, guest: { name, email, ...(needsPhone ? { phone } : {}) } };
}
