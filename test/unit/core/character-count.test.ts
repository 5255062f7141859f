import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { characterCount } from '../../../src/core/index.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (text: string): number => [...segmenter.segment(text)].length;

// Clusters that straddle the 256-unit window: flags (pairs of regional indicators), skin tones,
// ZWJ families, combining marks and CRLF.
const pieces = fc.constantFrom('a', 'é', 'e\u0301', '👍🏽', '🇩🇪', '🇹🇷', '👨‍👩‍👧‍👦', '\r\n', 'ب', '\u0301', '\u200d', '字');

describe('characterCount', () => {
  it('counts grapheme clusters like a full segmentation, across window boundaries', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 700 }).map((parts) => parts.join('')), (text) => {
        assert.equal(characterCount(text), reference(text));
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('stops one past the limit', () => {
    assert.equal(characterCount('a'.repeat(5000), 2000), 2001);
    assert.equal(characterCount('🇩🇪'.repeat(3000), 2000), 2001);
    assert.equal(characterCount('a'.repeat(2000), 2000), 2000);
    assert.equal(characterCount('', 0), 0);
  });

  it('counts a cluster longer than the window once', () => {
    assert.equal(characterCount(`x${'\u0301'.repeat(600)}y`), 2);
  });
});
