import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Mail, Mailer } from '../../demo/server/server.js';
import { assertProblem, SHOP_ORIGIN, startTestServer, testClock, type TestServer } from './harness.js';
import { lastCode, outbox, requestCode, verifyCode } from './mail-fixtures.js';
import { contractViolations } from './openapi-contract.js';

/** Fetches the HTML outbox page (the harness reads JSON only) and checks it against openapi.yaml. */
async function outboxPage(test: TestServer, query = ''): Promise<{ status: number; headers: Headers; html: string }> {
  const response = await fetch(`${test.url}/outbox${query}`);
  const html = await response.text();
  const body = response.headers.get('content-type')?.startsWith('text/html') ? html : (JSON.parse(html) as unknown);
  assert.deepEqual(contractViolations('GET', '/outbox', { status: response.status, headers: response.headers, body }), []);
  return { status: response.status, headers: response.headers, html };
}

describe('the test-mode outbox', () => {
  let test: TestServer;
  const clock = testClock('2026-05-04T10:00:00Z');

  before(async () => {
    test = await startTestServer({ clock: clock.clock }, { persistent: true });
  });
  after(() => test.close());

  it('lists mails newest first as JSON, optionally to one address, and keeps them across a restart', async () => {
    await requestCode(test, { email: 'first@example.com' });
    clock.advance(1);
    await requestCode(test, { email: 'Second@Example.com' });
    const all = await outbox(test);
    assert.deepEqual(all.map((mail) => [mail.to, mail.createdAt]), [
      ['Second@Example.com', '2026-05-04T10:01:00Z'],
      ['first@example.com', '2026-05-04T10:00:00Z'],
    ]);
    assert.deepEqual((await outbox(test, 'second@example.com')).map((mail) => mail.to), ['Second@Example.com']);
    assert.deepEqual(await outbox(test, 'nobody@example.com'), []);
    await test.restart();
    assert.deepEqual(await outbox(test), all);
    assert.equal((await verifyCode(test, { email: 'first@example.com', code: await lastCode(test, 'first@example.com') })).status, 201);
  });

  it('shows an HTML page under a strict Content-Security-Policy, every text escaped', async () => {
    const email = '<b>bold</b>&co@example.com';
    assert.equal((await requestCode(test, { email })).status, 202);
    const page = await outboxPage(test);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /^default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe|script-src|style-src/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.match(page.html, /<h1>Test-mode outbox: nothing was sent<\/h1>/);
    assert.ok(page.html.includes('To: &lt;b&gt;bold&lt;/b&gt;&amp;co@example.com'));
    assert.ok(!page.html.includes('<b>bold</b>'));
    assert.doesNotMatch(page.html, /<script|<style|style=/);
    assert.match(page.html, new RegExp(`<pre dir="auto">Your sign-in code is ${await lastCode(test, email)}\\.`));
    // Newest first, and filtered like the JSON.
    assert.ok(page.html.indexOf('&lt;b&gt;bold') < page.html.indexOf('first@example.com'));
    const filtered = await outboxPage(test, '?to=FIRST@example.com');
    assert.ok(filtered.html.includes('first@example.com') && !filtered.html.includes('&lt;b&gt;'));
  });

  it("refuses another page's script (a request with an Origin), without CORS headers", async () => {
    for (const path of ['/outbox', '/outbox.json']) {
      const response = await fetch(`${test.url}${path}`, { headers: { origin: SHOP_ORIGIN } });
      assert.equal(response.status, 403, path);
      assert.equal(response.headers.get('access-control-allow-origin'), null, path);
      const body = (await response.json()) as { code: string };
      assert.deepEqual(contractViolations('GET', path, { status: response.status, headers: response.headers, body }), []);
      assert.equal(body.code, 'origin_not_allowed');
    }
  });
});

describe('the outbox with a configured mailer', () => {
  let test: TestServer;
  const sent: Mail[] = [];
  let failing = false;
  const mailer: Mailer = {
    async send(mail) {
      if (failing) throw new Error('SMTP is down');
      sent.push(mail);
    },
  };

  before(async () => {
    test = await startTestServer({ mailer });
  });
  after(() => test.close());

  it('sends through the mailer and has no outbox pages (404)', async () => {
    assert.equal((await requestCode(test, { email: 'real@example.com', name: 'Real' })).status, 202);
    assert.deepEqual(sent.map((mail) => [mail.to, mail.subject]), [['real@example.com', 'Your sign-in code']]);
    assertProblem(await test.call('/outbox.json', { key: null }), 404, 'not_found');
    const page = await outboxPage(test);
    assert.equal(page.status, 404);
    assert.equal((await test.server.database.query('SELECT id FROM outbox')).rows.length, 0);
  });

  it('answers 500 when the code cannot be mailed, and logs why', async () => {
    failing = true;
    try {
      assertProblem(await requestCode(test, { email: 'unlucky@example.com' }), 500, 'internal');
    } finally {
      failing = false;
    }
    assert.ok(test.logs.some((line) => line.level === 'error' && String(line.fields?.error).includes('SMTP is down')));
  });
});
