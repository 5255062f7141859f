import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCreditGrantAmount, MAX_CREDIT_GRANT } from '../../../src/core/credit-grant.js';
import { isIsoInstant, isUtcInstant } from '../../../src/core/instant.js';
import { canonicalLocaleTag, isLocaleTag } from '../../../src/core/locale-tag.js';
import { isRecord } from '../../../src/core/record.js';
import { isIanaZone } from '../../../src/core/time-zone.js';

const EARLY = Date.UTC(1900, 0, 1);
const LATE = Date.UTC(2999, 11, 31);

describe('UTC instant', () => {
  it('takes every instant as toISOString writes it, with or without the fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: EARLY, max: LATE }), (ms) => {
        const iso = new Date(ms).toISOString();
        return isUtcInstant(iso) && isUtcInstant(iso.replace(/\.\d{3}Z$/, 'Z')) && isIsoInstant(iso);
      }),
    );
  });

  it('refuses offsets, missing zones and moments that do not exist', () => {
    for (const bad of ['2026-10-25T01:30:00+01:00', '2026-10-25T01:30:00', '2026-10-25', '2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z', ' 2026-01-01T10:00:00Z', 20260101]) {
      assert.equal(isUtcInstant(bad), false, String(bad));
    }
  });

  it('takes an offset only where the contract allows it, and checks the written date', () => {
    assert.ok(isIsoInstant('2026-03-29T10:00:00+02:00'));
    assert.ok(isIsoInstant('2026-03-01T00:30:00+01:00'), 'the previous day in UTC');
    assert.ok(!isIsoInstant('2026-02-29T10:00:00+02:00'), '2026 is no leap year');
    assert.ok(!isIsoInstant('2026-03-29T10:00:00+0200'));
  });
});

describe('IANA zone', () => {
  it('takes zone names the engine knows and refuses offsets and made-up names', () => {
    for (const good of ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5']) assert.ok(isIanaZone(good), good);
    for (const bad of ['+01:00', 'Mars/Olympus', '', 'Europe/', 7]) assert.ok(!isIanaZone(bad), String(bad));
  });
});

describe('language tag', () => {
  it('canonicalizes tags and refuses what is not one tag of at most 35 characters', () => {
    assert.equal(canonicalLocaleTag('de-de'), 'de-DE');
    assert.equal(canonicalLocaleTag('ar-EG'), 'ar-EG');
    for (const bad of ['', 'not a tag', 'en_US', 'x'.repeat(36), 'de-DE-'.padEnd(36, 'a'), 5, null]) assert.equal(isLocaleTag(bad), false, String(bad));
  });
});

describe('credit grant amount', () => {
  it('takes whole numbers from 1 to the limit, and nothing else', () => {
    fc.assert(fc.property(fc.integer(), (n) => isCreditGrantAmount(n) === (n >= 1 && n <= MAX_CREDIT_GRANT)));
    for (const bad of [0.5, 1.5, Number.NaN, Infinity, '5', null]) assert.equal(isCreditGrantAmount(bad), false, String(bad));
  });
});

describe('isRecord', () => {
  it('takes plain objects only', () => {
    assert.ok(isRecord({}));
    for (const bad of [null, [], 'x', 1, undefined]) assert.equal(isRecord(bad), false, String(bad));
  });
});
