import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CustomerSession } from '../../../src/context/customer-session.js';

describe('CustomerSession', () => {
  it('gives the token it holds, forgets it 30 s before it expires, and says when it changed', () => {
    let now = Date.parse('2027-01-01T10:00:00Z');
    const session = new CustomerSession(undefined, () => now);
    let changes = 0;
    session.addEventListener('change', () => changes++);
    session.set(' tok_1 ', '2027-01-01T11:00:00Z');
    assert.equal(session.token, 'tok_1');
    session.set('tok_1', '2027-01-01T11:00:00Z');
    assert.equal(changes, 1, 'setting the same token again changes nothing');
    now = Date.parse('2027-01-01T10:59:31Z');
    assert.equal(session.token, undefined);
    assert.equal(session.signedOut, true);
    assert.equal(changes, 2);
    assert.throws(() => session.set('tok_2', 'soon'), /expiresAt must be an ISO-8601 instant \(got "soon"\)/);
  });

  it('asks the provider once for concurrent requests, and again after the server refused the token', async () => {
    const answers = ['tok_a', 'tok_b'];
    let asked = 0;
    const session = new CustomerSession(async () => {
      asked++;
      return answers.shift();
    });
    assert.equal(session.signedOut, false, 'a provider may still sign in');
    const [first, second] = await Promise.all([session.current(), session.current()]);
    assert.deepEqual([first, second, asked], ['tok_a', 'tok_a', 1]);
    assert.equal(await session.renew(), 'tok_b');
    assert.equal(asked, 2);
  });

  it('after a sign-out, does not ask the provider again until the host gives a token or a provider', async () => {
    let asked = 0;
    const provider = () => (asked++, 'tok_host');
    const session = new CustomerSession(provider);
    assert.equal(await session.current(), 'tok_host');
    session.signOut();
    assert.equal(session.signedOut, true);
    assert.equal(await session.current(), undefined);
    assert.equal(asked, 1);
    session.provider = provider;
    assert.equal(await session.current(), 'tok_host');
    session.signOut();
    session.set('tok_given');
    assert.equal(session.providerPaused, false);
    assert.equal(await session.current(), 'tok_given');
  });

  it('refuses a provider answer that is not a string', async () => {
    const session = new CustomerSession((() => 42) as unknown as () => string);
    await assert.rejects(session.current(), /must return a string or undefined \(got number\)/);
  });
});
