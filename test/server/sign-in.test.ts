import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '../../demo/server/checkout/secrets.js';
import { signIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type Problem, type TestServer } from './harness.js';
import { lastCode, outbox, requestCode, verifyCode } from './mail-fixtures.js';

const T0 = '2026-04-06T08:00:00Z';

/** Another six digits than `code`. */
const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('passwordless sign-in by e-mailed code', () => {
  let test: TestServer;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
  });
  after(() => test.close());

  it('mails a 6-digit code valid for 10 minutes, stores only a hash, and trades it once for a customer token', async () => {
    const sent = await requestCode(test, { email: 'New.Person@Example.com', name: 'New Person' });
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    assert.deepEqual(sent.body, { expiresAt: '2026-04-06T08:10:00Z' });
    const [mail, ...others] = await outbox(test, 'new.person@example.com');
    assert.equal(others.length, 0);
    assert.equal(mail?.to, 'New.Person@Example.com');
    assert.equal(mail?.subject, 'Your sign-in code');
    const code = await lastCode(test, 'New.Person@Example.com');
    assert.match(mail?.text ?? '', /valid for 10 minutes/);
    assert.match(mail?.text ?? '', /If you did not ask to sign in, ignore this e-mail/);
    const stored = await test.server.database.query<Record<string, unknown>>("SELECT * FROM sign_in_codes WHERE email = 'new.person@example.com'");
    assert.equal(stored.rows.length, 1);
    assert.doesNotMatch(JSON.stringify(stored.rows[0]), new RegExp(`${code}|${sha256(code)}`));

    const session = await verifyCode(test, { email: 'new.person@EXAMPLE.com', code });
    assert.equal(session.status, 201, JSON.stringify(session.body));
    assert.equal(session.body.expiresAt, '2026-04-06T09:00:00Z');
    assert.deepEqual({ ...session.body.customer, id: undefined }, { id: undefined, email: 'new.person@EXAMPLE.com', name: 'New Person', credits: 0 });
    const me = await test.call('/v1/me', { headers: { 'apptkit-customer': session.body.token } });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, session.body.customer);
    // The admin-minted token of the same address (any case) is the same customer.
    assert.equal((await signIn(test, 'NEW.PERSON@example.com')).customerId, session.body.customer.id);

    const again = assertProblem(await verifyCode<Problem>(test, { email: 'new.person@example.com', code }), 422, 'validation_failed');
    assert.deepEqual(again.errors?.map((error) => [error.field, error.code]), [['code', 'invalid_code']]);
  });

  it('signs in once when the same code is sent several times at once', async () => {
    await requestCode(test, { email: 'racer@example.com' });
    const code = await lastCode(test, 'racer@example.com');
    const answers = await Promise.all([1, 2, 3].map(() => verifyCode(test, { email: 'racer@example.com', code })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 422, 422]);
    assert.equal(await count('SELECT count(*) AS n FROM customers WHERE email = $1', ['racer@example.com']), 1);
  });

  it('answers alike whether or not the address belongs to a customer', async () => {
    const known = await signIn(test, 'known@example.com', 'Known');
    const forKnown = await requestCode(test, { email: 'known@example.com' });
    const forUnknown = await requestCode(test, { email: 'unknown@example.com' });
    assert.deepEqual([forKnown.status, forKnown.body], [forUnknown.status, forUnknown.body]);
    assert.equal((await outbox(test, 'unknown@example.com')).length, 1);
    assert.equal(await count('SELECT count(*) AS n FROM customers WHERE email = $1', ['unknown@example.com']), 0);
    const session = await verifyCode(test, { email: 'known@example.com', code: await lastCode(test, 'known@example.com') });
    assert.equal(session.body.customer.id, known.customerId);
    assert.equal(session.body.customer.name, 'Known');
  });

  it('refuses wrong codes and voids the codes of the address after 5 wrong attempts', async () => {
    await requestCode(test, { email: 'patient@example.com' });
    const patient = await lastCode(test, 'patient@example.com');
    for (let i = 0; i < 4; i++) {
      const wrong = assertProblem(await verifyCode<Problem>(test, { email: 'patient@example.com', code: wrongFor(patient) }), 422, 'validation_failed');
      assert.deepEqual(wrong.errors?.map((error) => [error.field, error.code]), [['code', 'invalid_code']]);
    }
    assert.equal((await verifyCode(test, { email: 'patient@example.com', code: patient.replace(/^(...)/, '$1 ') })).status, 201);

    await requestCode(test, { email: 'guesser@example.com' });
    const guessed = await lastCode(test, 'guesser@example.com');
    for (let i = 0; i < 5; i++) {
      assertProblem(await verifyCode(test, { email: 'guesser@example.com', code: wrongFor(guessed) }), 422, 'validation_failed');
    }
    const voided = assertProblem(await verifyCode<Problem>(test, { email: 'guesser@example.com', code: guessed }), 422, 'validation_failed');
    assert.deepEqual(voided.errors?.map((error) => [error.field, error.code]), [['code', 'invalid_code']]);
    assert.match(voided.errors?.[0]?.message ?? '', /5 wrong attempts/);
    // A new code works again.
    await requestCode(test, { email: 'guesser@example.com' });
    assert.equal((await verifyCode(test, { email: 'guesser@example.com', code: await lastCode(test, 'guesser@example.com') })).status, 201);
  });

  it('refuses a code after its 10 minutes as expired_code, and a code of another address', async () => {
    await requestCode(test, { email: 'slow@example.com' });
    const code = await lastCode(test, 'slow@example.com');
    const other = assertProblem(await verifyCode<Problem>(test, { email: 'someone.else@example.com', code }), 422, 'validation_failed');
    assert.equal(other.errors?.[0]?.code, 'invalid_code');
    clock.advance(10);
    try {
      const expired = assertProblem(await verifyCode<Problem>(test, { email: 'slow@example.com', code }), 422, 'validation_failed');
      assert.deepEqual(expired.errors?.map((error) => [error.field, error.code]), [['code', 'expired_code']]);
    } finally {
      clock.set(T0);
    }
  });

  it('sends at most 5 codes per address in 15 minutes, then answers 429 with Retry-After', async () => {
    for (let minute = 0; minute < 5; minute++) {
      clock.set(new Date(Date.parse(T0) + minute * 60_000).toISOString());
      assert.equal((await requestCode(test, { email: minute % 2 === 0 ? 'busy@example.com' : 'Busy@Example.COM' })).status, 202);
    }
    try {
      clock.set('2026-04-06T08:05:00Z');
      const limited = assertProblem(await requestCode(test, { email: 'busy@example.com' }), 429, 'rate_limited');
      assert.match(limited.detail, /5 sign-in codes/);
      const retry = await requestCode(test, { email: 'BUSY@example.com' });
      assert.equal(retry.headers.get('retry-after'), '600');
      assert.equal((await outbox(test, 'busy@example.com')).length, 5);
      assert.equal((await requestCode(test, { email: 'calm@example.com' })).status, 202);
      clock.set('2026-04-06T08:15:00Z');
      assert.equal((await requestCode(test, { email: 'busy@example.com' })).status, 202);
    } finally {
      clock.set(T0);
    }
  });

  it('names every bad field of both requests', async () => {
    const bad = assertProblem(await requestCode<Problem>(test, { email: 'no-at-sign', name: 'x'.repeat(121), extra: 1 }), 422, 'validation_failed');
    assert.deepEqual(bad.errors?.map((error) => error.field).sort(), ['email', 'extra', 'name']);
    for (const email of ['a@b@c.example', '@example.com', 'ana@', 'ana lima@example.com', `${'a'.repeat(250)}@b.co`]) {
      const problem = assertProblem(await requestCode<Problem>(test, { email }), 422, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.field), ['email'], email);
    }
    const code = assertProblem(await verifyCode<Problem>(test, { email: 'a@b.example', code: '12ab56' }), 422, 'validation_failed');
    assert.deepEqual(code.errors?.map((error) => [error.field, error.code]), [['code', 'invalid_format']]);
    const missing = assertProblem(await verifyCode<Problem>(test, {}), 422, 'validation_failed');
    assert.deepEqual(missing.errors?.map((error) => error.field).sort(), ['code', 'email']);
    assertProblem(await test.call('/v1/sign-in/codes', { method: 'POST', body: { email: 'a@b.example' }, key: null }), 401, 'missing_key');
  });

  async function count(sql: string, params: unknown[]): Promise<number> {
    const { rows } = await test.server.database.query<{ n: number | string }>(sql, params);
    return Number(rows[0]?.n ?? 0);
  }
});
