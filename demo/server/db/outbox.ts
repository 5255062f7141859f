import { seal, unseal } from '../checkout/secrets.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** One e-mail of the test-mode outbox. */
export type OutboxMail = Wire.OutboxMail;

interface OutboxRow {
  id: number | string;
  recipient: string;
  subject: string;
  body_sealed: string;
  created_at: Date;
}

/** The most mails one outbox listing shows. */
export const OUTBOX_LIMIT = 200;

const SEAL_CONTEXT = 'outbox';

/** What a listing shows of a mail sealed under another server key (the admin key changed since). */
export const UNREADABLE_MAIL = '(Sealed under an earlier server key: this mail cannot be read any more.)';

/**
 * Stores one e-mail, written at `nowMs` (server clock). Its text (sign-in codes, call links) is
 * sealed under `secret`, the server's own key, so the database holds none of it in clear.
 */
export async function insertOutboxMail(
  db: Queryable,
  mail: { to: string; subject: string; text: string },
  nowMs: number,
  secret: string,
): Promise<void> {
  await db.query('INSERT INTO outbox (recipient, subject, body_sealed, created_at) VALUES ($1, $2, $3, $4::timestamptz)', [
    mail.to,
    mail.subject,
    seal(mail.text, secret, SEAL_CONTEXT),
    isoInstant(nowMs),
  ]);
}

/**
 * The newest {@link OUTBOX_LIMIT} mails, newest first, unsealed with `secret`; with `to`, only
 * those to that address (any case).
 */
export async function listOutbox(db: Queryable, secret: string, to?: string): Promise<OutboxMail[]> {
  const filter = to === undefined ? '' : 'WHERE lower(recipient) = lower($1)';
  const { rows } = await db.query<OutboxRow>(
    `SELECT id, recipient, subject, body_sealed, created_at FROM outbox ${filter} ORDER BY id DESC LIMIT ${OUTBOX_LIMIT}`,
    to === undefined ? [] : [to],
  );
  return rows.map((row) => ({ id: String(row.id), to: row.recipient, subject: row.subject, text: unseal(row.body_sealed, secret, SEAL_CONTEXT) ?? UNREADABLE_MAIL, createdAt: isoInstant(row.created_at) }));
}
