import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasEmailShape, isE164Phone, isEmailAddress } from '../../../src/core/contact.js';

describe('contact checks', () => {
  it('takes e-mail addresses with a dotted domain and refuses typos', () => {
    for (const good of ['ana@example.com', 'a.b+tag@mail.example.co.uk']) assert.ok(isEmailAddress(good), good);
    for (const bad of ['ana@example', 'a@b', 'ana example@x.com', '@example.com', 'ana@@example.com', 'ana@example..com', 'ana@.example.com', 'ana@example.com.', '', 42, null]) {
      assert.ok(!isEmailAddress(bad), String(bad));
    }
    const long = `${'a'.repeat(250)}@x.io`;
    assert.ok(hasEmailShape(long));
    assert.ok(!isEmailAddress(long), 'longer than 254 characters');
  });

  it('refuses every address whose domain has no dot', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,20}$/);
    fc.assert(fc.property(part, part, (local, domain) => !isEmailAddress(`${local}@${domain}`) && isEmailAddress(`${local}@${domain}.io`)));
  });

  it('takes E.164 numbers only', () => {
    assert.ok(isE164Phone('+4915112345678'));
    for (const bad of ['015112345678', '+0151123456', '+49 151 1234567', '+12345', '+1234567890123456', 4915112345678]) assert.ok(!isE164Phone(bad), String(bad));
  });

  it('takes exactly "+", a non-zero digit and 6 to 14 more digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{0,20}$/), (first, rest) =>
        isE164Phone(`+${first}${rest}`) === (rest.length >= 6 && rest.length <= 14)),
    );
  });
});
