import type { ServerConfig } from '../config.js';
import type { Queryable } from '../db/database.js';
import { insertOutboxMail } from '../db/outbox.js';
import type { Mailer } from './mailer.js';

/**
 * The outbox mailer (test mode): sends nothing, stores each mail in the database's `outbox`
 * table (kept across restarts, its text sealed under the server's admin key) for the `/outbox`
 * pages. `clock` is the server clock.
 */
export function outboxMailer(db: Queryable, config: Pick<ServerConfig, 'clock' | 'adminKey'>): Mailer {
  return {
    async send(mail) {
      await insertOutboxMail(db, mail, config.clock().getTime(), config.adminKey);
    },
  };
}

/** The server's mailer: the configured one, or the outbox mailer on `db` (test mode). */
export function mailerOf(deps: { db: Queryable; config: Pick<ServerConfig, 'mailer' | 'clock' | 'adminKey'> }): Mailer {
  return deps.config.mailer ?? outboxMailer(deps.db, deps.config);
}
