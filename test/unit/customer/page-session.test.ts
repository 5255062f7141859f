import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageSession, resetPageSessions } from '../../../src/components/customer/page-session.js';

describe('pageSession', () => {
  afterEach(() => resetPageSessions());

  it('is one session per tenant API, whatever the trailing slash', () => {
    resetPageSessions();
    assert.equal(pageSession('https://api.example.com/'), pageSession('https://api.example.com'));
    assert.notEqual(pageSession('https://api.example.com'), pageSession('https://other.example.com'));
  });

  it('judges token expiry by the injected page clock, not the real date', () => {
    let now = Date.parse('2040-06-01T10:00:00Z');
    resetPageSessions({ now: () => now });
    const session = pageSession('https://api.example.com');
    session.set('ctk_1', '2040-06-01T11:00:00Z');
    assert.equal(session.token, 'ctk_1', 'valid at the page clock even though the real clock is years earlier');
    now = Date.parse('2040-06-01T11:00:00Z');
    assert.equal(session.token, undefined, 'expired at the page clock');
  });
});
