import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasEmailShape, isE164Phone, isEmailAddress } from '../../../src/core/contact.js';

describe('contact checks', () => {
  it('takes e-mail addresses with a dotted domain and refuses typos', () => {
    for (const good of ['ana@example.com', 'a.b+tag@mail.example.co.uk']) assert.ok(isEmailAddress(good), good);
    for (const bad of ['ana@example', 'ana example@x.com', '@example.com', 'ana@@example.com', 'ana@example..com', '']) assert.ok(!isEmailAddress(bad), bad);
    const long = `${'a'.repeat(250)}@x.io`;
    assert.ok(hasEmailShape(long));
    assert.ok(!isEmailAddress(long), 'longer than 254 characters');
  });

  it('takes E.164 numbers only', () => {
    assert.ok(isE164Phone('+4915112345678'));
    for (const bad of ['015112345678', '+0151123456', '+49 151 1234567', '+12345', '+1234567890123456']) assert.ok(!isE164Phone(bad), bad);
  });
});
