import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';

/** One e-mail of the test-mode outbox. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

interface OutboxRow {
  id: number | string;
  recipient: string;
  subject: string;
  body: string;
  created_at: Date;
}

/** The most mails one outbox listing shows. */
export const OUTBOX_LIMIT = 200;

/** Stores one e-mail, written at `nowMs` (server clock). */
export async function insertOutboxMail(db: Queryable, mail: { to: string; subject: string; text: string }, nowMs: number): Promise<void> {
  await db.query('INSERT INTO outbox (recipient, subject, body, created_at) VALUES ($1, $2, $3, $4::timestamptz)', [
    mail.to,
    mail.subject,
    mail.text,
    isoInstant(nowMs),
  ]);
}

/** The newest {@link OUTBOX_LIMIT} mails, newest first; with `to`, only those to that address (any case). */
export async function listOutbox(db: Queryable, to?: string): Promise<OutboxMail[]> {
  const filter = to === undefined ? '' : 'WHERE lower(recipient) = lower($1)';
  const { rows } = await db.query<OutboxRow>(
    `SELECT id, recipient, subject, body, created_at FROM outbox ${filter} ORDER BY id DESC LIMIT ${OUTBOX_LIMIT}`,
    to === undefined ? [] : [to],
  );
  return rows.map((row) => ({ id: String(row.id), to: row.recipient, subject: row.subject, text: row.body, createdAt: isoInstant(row.created_at) }));
}
