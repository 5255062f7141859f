/**
 * No bearer secret rests in clear: after a checkout that used every kind of token (hold,
 * purchase, join, customer by admin and by e-mailed code, expert), a dump of the database holds
 * none of them, and neither do the PGlite data directory's files. Runs on PGlite and, when
 * APPTKIT_TEST_DATABASE_URL is set, on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expertToken } from './call-fixtures.js';
import { book, checkoutPackage, hold, newKey, openExpert, purchase, signIn, type BookingResult, type Receipt } from './checkout-fixtures.js';
import { availableEngines, startTestServer, testClock, type TestServer } from './harness.js';
import { signInByCode } from './mail-fixtures.js';

/** Every row of every table of the server's schema, as JSON text. */
async function sqlDump(test: TestServer): Promise<string> {
  const { rows: tables } = await test.server.database.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  assert.ok(tables.length >= 20, `only ${tables.length} tables found`);
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await test.server.database.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${name} t`);
    parts.push(`-- ${name}`, ...rows.map((row) => row.row));
  }
  return parts.join('\n');
}

/** The bytes of every file below `dir`. */
async function filesBelow(dir: string): Promise<Buffer[]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(names.map((entry) => readFile(join(entry.parentPath, entry.name))));
}

/** The tokens of `secrets` found in `haystack`. */
const foundIn = (haystack: string | Buffer, secrets: Map<string, string>): string[] =>
  [...secrets].filter(([, secret]) => haystack.includes(secret)).map(([name]) => name);

for (const engine of availableEngines()) {
  describe(`secrets at rest (${engine})`, () => {
    let test: TestServer;
    const secrets = new Map<string, string>();

    before(async () => {
      const clock = testClock('2031-03-03T06:00:00Z');
      test = await startTestServer({ clock: clock.clock, joinPageUrl: 'https://shop.example/call' }, { persistent: true, engine });
      await openExpert(test, 'exp_secrets');
      const pkg = await checkoutPackage(test, 'exp_secrets');

      const held = await hold(test, pkg, ['2031-03-04T09:00:00Z']);
      secrets.set('hold token', held.token);
      const guest = { name: 'Guest Secret', email: 'guest.secret@example.com' };
      const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest }, { key: newKey('secret') });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      const receipt = paid.body as Receipt & { bookings: { joinToken?: string }[] };
      secrets.set('purchase token', receipt.token as string);
      secrets.set('join token (purchase)', receipt.bookings[0]?.joinToken as string);
      const booked = await book<BookingResult>(test, { purchaseId: receipt.id, purchaseToken: receipt.token, starts: ['2031-03-05T10:00:00Z'] });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      secrets.set('join token (booking)', (booked.body.bookings[0] as { joinToken?: string }).joinToken as string);

      secrets.set('customer token (admin)', (await signIn(test, 'member.secret@example.com')).token);
      secrets.set('customer token (e-mailed code)', (await signInByCode(test, 'coded.secret@example.com')).token);
      secrets.set('expert token', await expertToken(test, 'exp_secrets'));
      for (const [name, secret] of secrets) assert.match(secret ?? '', /^\w+_[\w-]{16,}$/, `${name} missing`);
    });
    after(() => test.close());

    it('a dump of every table holds no token in clear', async () => {
      const dump = await sqlDump(test);
      assert.ok(dump.includes('guest.secret@example.com'), 'the dump reads the data');
      assert.deepEqual(foundIn(dump, secrets), []);
    });

    if (engine === 'postgres') {
      it('pg_dump of the schema holds no token in clear', (t) => {
        const which = spawnSync('pg_dump', ['--version']);
        if (which.status !== 0) {
          t.diagnostic('pg_dump is not installed; the SQL dump above covered the database');
          return;
        }
        const dump = spawnSync('pg_dump', ['--schema', test.storage.databaseSchema as string, test.storage.databaseUrl as string], { encoding: 'utf8', maxBuffer: 64 << 20 });
        assert.equal(dump.status, 0, dump.stderr);
        assert.ok(dump.stdout.includes('guest.secret@example.com'));
        assert.deepEqual(foundIn(dump.stdout, secrets), []);
      });
    } else {
      it("the PGlite data directory's files hold no token in clear", async () => {
        await test.server.close();
        const files = await filesBelow(test.storage.dataDir as string);
        assert.ok(files.some((bytes) => bytes.includes('guest.secret@example.com')), 'the files hold the data');
        const found = new Set(files.flatMap((bytes) => foundIn(bytes, secrets)));
        assert.deepEqual([...found], []);
      });
    }
  });
}
