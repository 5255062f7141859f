/**
 * The mail port: the server sends e-mail (sign-in codes, purchase and booking confirmations, in
 * the customer's language) only through a {@link Mailer}. The reference server's default is the
 * outbox mailer (test mode: nothing is sent, mail is stored and shown at `/outbox`); a real one
 * (SMTP, an e-mail API) plugs in through the `mailer` server option.
 */

/** One plain-text e-mail. */
export interface Mail {
  /** The recipient's address. */
  to: string;
  subject: string;
  /** The plain-text body. */
  text: string;
}

/** Sends e-mail. */
export interface Mailer {
  /** Sends `mail`; rejects when it could not be handed over for delivery. */
  send(mail: Mail): Promise<void>;
}
