/**
 * Two server instances on one PostgreSQL database, as a deployment behind a load balancer runs
 * them. Both instances run in this process (two `startServer` calls on two ports), each with its
 * own connection pool: they share nothing but the database, where every rule that must hold across
 * instances lives. Requests are spread round-robin over both.
 *
 * - 50 concurrent bookings of one slot: exactly one is booked, 49 get 409 `slot_taken`.
 * - The rate limit is one budget per client across instances: the (limit + 1)th request is 429
 *   whichever instance it reaches.
 * - Each reminder is mailed once while both instances run their job ticks at the same time.
 *
 * Needs PostgreSQL (APPTKIT_TEST_DATABASE_URL; CI always sets it): one PGlite database cannot be
 * shared by two servers. Without it this file fails, saying so.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerOptions } from '../../demo/server/server.js';
import { book, checkoutPackage, count, grant, newKey, openExpert, purchase, signIn, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, TEST_NOW, type ApiResponse, type TestServer } from './harness.js';
import { outbox } from './mail-fixtures.js';

const DATABASE_URL = process.env.APPTKIT_TEST_DATABASE_URL;

/** Two servers on one PostgreSQL schema: `a` creates it (and drops it on close), `b` joins it. */
async function startPair(overrides: Partial<ServerOptions>): Promise<[TestServer, TestServer]> {
  const a = await startTestServer(overrides, { engine: 'postgres' });
  const b = await startTestServer({ ...overrides, databaseUrl: a.storage.databaseUrl, databaseSchema: a.storage.databaseSchema }, { engine: 'postgres' });
  assert.notEqual(a.url, b.url);
  return [a, b];
}

async function closePair(pair: TestServer[]): Promise<void> {
  // `b` first: `a` drops the shared schema.
  for (const server of [...pair].reverse()) await server.close();
}

if (!DATABASE_URL) {
  const message = process.env.CI
    ? 'APPTKIT_TEST_DATABASE_URL is not set on CI: .ci/run must install PostgreSQL and export it before the server tests.'
    : 'test/server/two-instances.test.ts needs PostgreSQL: set APPTKIT_TEST_DATABASE_URL=postgres://user:password@host:port/database (PGlite cannot be shared by two servers).';
  console.error(message);
  it('runs two server instances on one PostgreSQL database', () => assert.fail(message));
} else {
  describe('two server instances on one database: bookings and reminders', () => {
    const T0 = '2031-01-06T08:00:00Z'; // a Monday
    const START = '2031-01-08T10:00:00Z';
    const EXPERT = 'exp_two_instances';
    const clock = testClock(T0);
    let pair: [TestServer, TestServer];
    let customer: SignedIn;

    before(async () => {
      pair = await startPair({ clock: clock.clock, seed: false });
      const [a] = pair;
      await openExpert(a, EXPERT);
      customer = await signIn(a, 'two.instances@example.com');
    });
    after(() => closePair(pair));

    it('50 concurrent bookings of one slot over both instances: one booked, 49 × 409 slot_taken, one row', async () => {
      const [a, b] = pair;
      const single = await checkoutPackage(a, EXPERT, { sessions: 1, credits: 1, title: 'One session' });
      await grant(b, customer.customerId, 50);
      const purchaseIds: string[] = [];
      for (let i = 0; i < 50; i++) {
        const bought = await purchase(pair[i % 2] as TestServer, { packageId: single.id, method: 'credits' }, { customer });
        assert.equal(bought.status, 201, JSON.stringify(bought.body));
        purchaseIds.push(bought.body.id);
      }
      const responses = await Promise.all(
        purchaseIds.map((purchaseId, i) => book(pair[i % 2] as TestServer, { purchaseId, starts: [START] }, { customer, key: newKey('two') })),
      );
      const created = responses.filter((response) => response.status === 201);
      assert.equal(created.length, 1, responses.map((response) => response.status).join(' '));
      for (const response of responses.filter((r) => r.status !== 201)) assertProblem(response, 409, 'slot_taken');
      assert.equal(await count(a, 'SELECT count(*) AS n FROM reservations WHERE expert_id = $1 AND starts_at = $2::timestamptz', [EXPERT, START]), 1);
      assert.equal(await count(b, 'SELECT count(*) AS n FROM bookings WHERE expert_id = $1 AND starts_at = $2::timestamptz', [EXPERT, START]), 1);
      assert.equal(await count(b, 'SELECT sum(sessions_used) AS n FROM purchases WHERE id = ANY($1)', [purchaseIds]), 1);
    });

    it('mails each reminder of that booking once while both instances tick at the same time', async () => {
      const [a, b] = pair;
      const reminders = async () =>
        (await outbox(b, 'two.instances@example.com')).filter((mail) => mail.subject.startsWith('Reminder: ')).map((mail) => /starts (in \d+ hours?)/.exec(mail.text)?.[1]);
      const tickBoth = async () => {
        const ticks = await Promise.all([a.server.runJobsOnce(), b.server.runJobsOnce(), a.server.runJobsOnce(), b.server.runJobsOnce()]);
        return ticks.reduce((sum, tick) => sum + tick.done, 0);
      };

      await tickBoth();
      clock.set('2031-01-07T10:00:00Z');
      assert.equal(await tickBoth(), 1, 'the 24-hour reminder ran once');
      assert.deepEqual(await reminders(), ['in 24 hours']);
      clock.set('2031-01-08T09:00:00Z');
      assert.equal(await tickBoth(), 1, 'the 1-hour reminder ran once');
      assert.deepEqual((await reminders()).sort(), ['in 1 hour', 'in 24 hours']);
      clock.set('2031-01-08T09:30:00Z');
      assert.equal(await tickBoth(), 0);
      assert.equal((await reminders()).length, 2, 'one reminder per offset, whichever instance ran it');
    });
  });

  describe('two server instances on one database: the rate limit', () => {
    const LIMIT = 10;
    let pair: [TestServer, TestServer];

    before(async () => {
      // A clock that stands still: every request falls in the same window of an hour.
      pair = await startPair({ clock: testClock(TEST_NOW).clock, seed: false, rateLimit: { limit: LIMIT, windowMs: 3_600_000 } });
    });
    after(() => closePair(pair));

    it('counts one budget per client across both instances: the (limit + 1)th request is 429 on either', async () => {
      const answers: ApiResponse[] = [];
      for (let i = 0; i < LIMIT; i++) answers.push(await (pair[i % 2] as TestServer).call('/v1/experts'));
      assert.deepEqual(answers.map((answer) => answer.status), Array.from({ length: LIMIT }, () => 200));
      for (const server of pair) {
        const limited = assertProblem(await server.call('/v1/experts'), 429, 'rate_limited');
        assert.ok(limited.detail.includes('retry after'), limited.detail);
      }
      const [a] = pair;
      const retryAfter = Number((await a.call('/v1/experts')).headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 3600, String(retryAfter));
      // The admin key is another client, with a budget of its own.
      assert.equal((await a.call('/v1/admin/packages', { key: 'admin' })).status, 200);
    });
  });
}
