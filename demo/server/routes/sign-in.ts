import { sha256 } from '../checkout/secrets.js';
import { emailVerified, findOrCreateGiftedCustomer } from '../checkout/campaign-gifts.js';
import { customerLanguageByEmail, insertCustomerToken, setCustomerPreferences } from '../db/customers.js';
import { newToken } from '../db/ids.js';
import { codesCreatedSince, countWrongAttempt, insertCode, lockAddress, lockCodesOf, markCodeUsed } from '../db/sign-in-codes.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import type { Reply, Route } from '../http/router.js';
import { mailerOf } from '../mail/outbox.js';
import { mailTerms } from '../mail/i18n/index.js';
import { signInCodeMail } from '../mail/sign-in-mail.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import { CODE_MINUTES, CODE_WINDOW_MINUTES, isLive, MAX_CODES_PER_WINDOW, MAX_WRONG_ATTEMPTS, newCode, verifyCode } from '../sign-in/codes.js';
import { preferencesOf } from '../checkout/preferences.js';
import type { SignInCodeCreate, SignInTokenCreate } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

const REFUSALS = {
  wrong: { code: 'invalid_code', message: 'code is not the code we sent to this address; check the latest sign-in e-mail.' },
  used: { code: 'invalid_code', message: 'code was already used; ask for a new one.' },
  void: { code: 'invalid_code', message: `code is void after ${MAX_WRONG_ATTEMPTS} wrong attempts; ask for a new one.` },
  expired: { code: 'expired_code', message: `code expired (codes are valid for ${CODE_MINUTES} minutes); ask for a new one.` },
} as const;

/**
 * Passwordless sign-in (publishable key): e-mails a one-time code (in the language asked for),
 * then trades it for a customer token. Both answer alike whether or not the address belongs to a
 * customer.
 */
export function signInRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  return [
    {
      method: 'POST',
      path: '/v1/sign-in/codes',
      audience: 'public',
      handler: async (ctx) => {
        const request = ctx.body as SignInCodeCreate;
        const preferences = preferencesOf(request);
        const email = request.email.toLowerCase();
        const now = nowMs();
        const expiresAtMs = now + CODE_MINUTES * MS_PER_MINUTE;
        const code = newCode();
        const refusal = await db.transaction(async (tx) => {
          await lockAddress(tx, email);
          const windowMs = CODE_WINDOW_MINUTES * MS_PER_MINUTE;
          const recent = await codesCreatedSince(tx, email, now - windowMs);
          if (recent.length >= MAX_CODES_PER_WINDOW) {
            const retryAfter = Math.max(1, Math.ceil(((recent[0] as number) + windowMs - now) / 1000));
            return new HttpProblem(429, 'rate_limited', `At most ${MAX_CODES_PER_WINDOW} sign-in codes per address in ${CODE_WINDOW_MINUTES} minutes; retry after ${retryAfter} seconds.`, {
              headers: { 'Retry-After': String(retryAfter) },
            });
          }
          const name = request.name?.trim() ?? '';
          await insertCode(tx, { email, name, salt: code.salt, codeHash: code.codeHash, createdAtMs: now, expiresAtMs, preferences });
          return null;
        });
        if (refusal) throw refusal;
        // In the language asked for, else the one a customer with this address has (the answer is the same either way).
        const language = preferences.locale ?? (await customerLanguageByEmail(db, email));
        await mailerOf(deps).send(signInCodeMail(mailTerms(language), request.email, code.code, CODE_MINUTES));
        return { status: 202, body: { expiresAt: isoInstant(expiresAtMs) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/sign-in/tokens',
      audience: 'public',
      handler: async (ctx) => {
        const { email } = ctx.body as SignInTokenCreate;
        // Spaces inside the code (as in "123 456") are ignored.
        const code = (ctx.body as SignInTokenCreate).code.replace(/\s+/g, '');
        const now = nowMs();
        // A refusal is answered after its transaction commits, so that wrong attempts are counted.
        const outcome = await db.transaction(async (tx): Promise<Reply | HttpProblem> => {
          await lockAddress(tx, email.toLowerCase());
          const stored = await lockCodesOf(tx, email.toLowerCase());
          const verdict = verifyCode(stored, code, now);
          if (!verdict.ok) {
            if (verdict.reason === 'wrong') await countWrongAttempt(tx, stored.filter((row) => isLive(row, now)).map((row) => row.id));
            const { code: errorCode, message } = REFUSALS[verdict.reason];
            return validationProblem([{ field: 'code', code: errorCode, message }]);
          }
          await markCodeUsed(tx, verdict.code.id, now);
          const found = await findOrCreateGiftedCustomer(tx, { email, name: verdict.code.name || undefined }, now);
          // The code proved the address: the first time, the first-verification gifts are given.
          const customer = { ...found, credits: found.credits + (await emailVerified(tx, found.id, now)) };
          // The language and zone sent with the code's request count once the address is proven.
          await setCustomerPreferences(tx, customer.id, verdict.code.preferences);
          const token = newToken('ctk');
          const expiresAtMs = now + config.customerTokenMinutes * MS_PER_MINUTE;
          await insertCustomerToken(tx, sha256(token), customer.id, now, expiresAtMs);
          const { id, name, credits } = customer;
          return { status: 201, body: { token, expiresAt: isoInstant(expiresAtMs), customer: { id, email: customer.email, name, credits } } };
        });
        if (outcome instanceof HttpProblem) throw outcome;
        return outcome;
      },
    },
  ];
}
