/**
 * The answer checks generated from openapi.yaml: what the generator makes of JSON Schema (on a
 * small spec of its own), and what the committed checks of the real spec tell a caller.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
// @ts-expect-error -- a build script in plain JavaScript, without types
import { generateChecks } from '../../../scripts/generate-checks.mjs';
import { answer, type Answer } from '../../../src/http/answer.js';
import * as wire from '../../../src/http/wire-checks.js';

/** The issues `schema` finds in `json`, as `path: message`. */
function issuesOf<T>(schema: Answer<T>, json: unknown): string[] {
  const issues: { path: string; message: string }[] = [];
  answer(schema)(json, '$', issues);
  return issues.map(({ path, message }) => `${path}: ${message}`);
}

const generate = (schemas: Record<string, unknown>, answered: string[]): string =>
  (generateChecks as (spec: unknown) => string)({
    paths: Object.fromEntries(
      answered.map((name) => [
        `/${name}`,
        { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } } } },
      ]),
    ),
    components: { schemas },
  });

describe('the answer-check generator', () => {
  it('leaves out a schema it cannot read, and every schema that reaches it, naming why', () => {
    const text = generate(
      {
        Conditional: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } },
        Holder: { type: 'object', properties: { inner: { $ref: '#/components/schemas/Conditional' } } },
        Plain: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
      },
      ['Holder', 'Plain'],
    );
    assert.match(text, / \* {3}Conditional: uses if, then\n/);
    assert.match(text, / \* {3}Holder: reaches Conditional\n/);
    assert.match(text, /^export const Plain: Answer<Schema<'Plain'>> = /m);
    assert.doesNotMatch(text, /^export const (Holder|Conditional)\b/m);
  });

  it('generates only what an answer reaches, dependencies first, and refuses a cycle', () => {
    const text = generate(
      {
        Unused: { type: 'string' },
        Outer: { type: 'object', properties: { inner: { $ref: '#/components/schemas/Inner' } } },
        Inner: { type: 'string', enum: ['a', 'b'] },
      },
      ['Outer'],
    );
    assert.ok(text.indexOf('export const Inner') < text.indexOf('export const Outer'));
    assert.doesNotMatch(text, /Unused/);
    const cyclic = { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } };
    assert.throws(() => generate(cyclic, ['Node']), /Node → Node is a cycle/);
  });

  it('counts lengths in code points, as JSON Schema does, and words the limits', () => {
    const text = generate({ Name: { type: 'string', minLength: 2, maxLength: 3 } }, ['Name']);
    assert.match(text, /\(x\.length >= 4 \|\| \[\.\.\.x\]\.length >= 2\) && \(x\.length <= 3 \|\| \[\.\.\.x\]\.length <= 3\)/);
    assert.match(text, /"a string of 2 to 3 characters"/);
  });
});

describe('the committed answer checks', () => {
  it('name every bad field of an answer with what the spec wants', () => {
    const booking = { id: '', purchaseId: 'pur_1', expertId: 'exp_1', packageId: 'pkg_1', start: '2026-02-30T10:00:00Z', end: '2026-03-01T10:00:00Z' };
    assert.deepEqual(issuesOf(wire.Booking, booking), [
      '$.id: expected a non-empty string (got "").',
      '$.start: expected an ISO-8601 UTC instant ending in "Z", e.g. "2026-10-25T01:00:00Z" (got "2026-02-30T10:00:00Z").',
    ]);
    assert.deepEqual(issuesOf(wire.Booking, { ...booking, id: 'bk_1', start: '2026-03-01T09:00:00Z', joinToken: 7 }), ['$.joinToken: expected a non-empty string (got 7).']);
  });

  it('word a value that may be null, and a missing field by its own rule', () => {
    const state = { serverTime: '2026-03-29T08:00:00Z', clientJoinedAt: 'soon', endedAt: null, endedBy: 'nobody', times: { deadline: null, notifyExpertAt: null } };
    assert.deepEqual(issuesOf(wire.CallState, state), [
      '$.clientJoinedAt: expected an ISO-8601 UTC instant ending in "Z", e.g. "2026-10-25T01:00:00Z" or null (got "soon").',
      '$.endedBy: expected one of "expert", "deadline", "hard_stop" or null (got "nobody").',
      '$.times.hardStop: expected an ISO-8601 UTC instant ending in "Z", e.g. "2026-10-25T01:00:00Z" or null (it is missing).',
    ]);
  });

  it('read a oneOf with a constant property as a variant, and drop fields the spec does not name', () => {
    assert.deepEqual(issuesOf(wire.PaymentConfig, { provider: 'paypal' }), ['$.provider: expected a PaymentConfig object with provider "test" or "stripe" (got "paypal").']);
    assert.deepEqual(v.parse(wire.PaymentConfig, { provider: 'test', extra: 1 }), { provider: 'test' });
    assert.deepEqual(issuesOf(wire.PaymentConfig, { provider: 'stripe', publishableKey: 'sk_live_1' }), ['$.publishableKey: expected a string matching ^pk_\\S+$ (got "sk_live_1").']);
  });
});
