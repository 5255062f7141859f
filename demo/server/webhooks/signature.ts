/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): a secret `whsec_<base64>`, and per
 * attempt the headers `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 of `<id>.<timestamp>.<body>`, keyed by the secret's decoded bytes).
 */
import { createHmac, randomBytes } from 'node:crypto';

/** What every signing secret starts with. */
export const SECRET_PREFIX = 'whsec_';

/** Random bytes of a new secret (the standard asks for 24 to 64). */
const SECRET_BYTES = 32;

/** A new signing secret: `whsec_` + the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** The signature of `body` sent as message `id` at `timestampSeconds` with `secret`: `v1,<base64>`. */
export function webhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  if (!secret.startsWith(SECRET_PREFIX)) throw new TypeError('A webhook secret starts with "whsec_".');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** The three signature headers of one attempt to send `body` as message `id` at `nowMs` (server clock). */
export function signedHeaders(secret: string, id: string, nowMs: number, body: string): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secret, id, timestamp, body),
  };
}
