import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePackage, type FieldError, type ValidationResult } from '../../../src/core/index.js';
import { validStored } from './fixtures.js';

function errorsOf<T>(result: ValidationResult<T>): [string, string][] {
  assert.equal(result.ok, false, 'expected the package to be refused');
  return (result as { errors: FieldError[] }).errors.map((error) => [error.field, error.code]);
}

describe('parsePackage (reading a stored package from the wire)', () => {
  it('accepts a stored package as it is', () => {
    assert.deepEqual(parsePackage(validStored()), { ok: true, value: validStored() });
  });

  it('tolerates and drops unknown extra fields', () => {
    assert.deepEqual(parsePackage({ ...validStored(), createdAt: '2025-01-01T00:00:00Z' }), {
      ok: true,
      value: validStored(),
    });
  });

  it('leaves business limits to the server: a widened limit or a new country code still reads', () => {
    const wider = validStored({ durationMinutes: 600, sessions: 250, country: 'XK', title: 'x'.repeat(300) });
    assert.equal(parsePackage(wider).ok, true);
  });

  it('requires every field, naming each one missing', () => {
    const { id: _id, version: _version, title: _title, ...rest } = validStored();
    assert.deepEqual(errorsOf(parsePackage(rest)), [
      ['id', 'required'],
      ['version', 'required'],
      ['title', 'required'],
    ]);
  });

  it('refuses what a renderer cannot use: wrong types, fractions, unknown enumerations and currencies', () => {
    const broken = validStored({
      expertId: '',
      version: 0,
      fee: '10',
      durationMinutes: 50.5,
      credits: 0,
      endMode: 'sometimes',
      country: 'de',
      currency: 'XYZ',
      description: null,
    });
    assert.deepEqual(errorsOf(parsePackage(broken)), [
      ['expertId', 'invalid_type'],
      ['version', 'invalid_type'],
      ['durationMinutes', 'invalid_type'],
      ['fee', 'invalid_type'],
      ['credits', 'invalid_type'],
      ['country', 'invalid_type'],
      ['currency', 'invalid_type'],
      ['endMode', 'invalid_type'],
      ['description', 'invalid_type'],
    ]);
  });

  it('names the field and what was expected in the message', () => {
    const result = parsePackage(validStored({ fee: -5 }));
    assert.equal(result.ok, false);
    assert.equal((result as { errors: FieldError[] }).errors[0]?.message, 'fee must be a whole number ≥ 0 (got -5).');
  });

  it('applies the service rule both ways', () => {
    assert.deepEqual(errorsOf(parsePackage(validStored({ appointmentType: 'face_to_face', service: 'video' }))), [
      ['service', 'not_allowed'],
    ]);
    assert.deepEqual(errorsOf(parsePackage(validStored({ appointmentType: 'online', service: null }))), [
      ['service', 'required'],
    ]);
  });

  it('reads the place of a face-to-face meeting, absent or null, and refuses one that is not text', () => {
    const meeting = validStored({ appointmentType: 'face_to_face', service: null, location: 'Moda Cad. 12\nKadıköy' });
    assert.deepEqual(parsePackage(meeting), { ok: true, value: meeting });
    assert.equal(parsePackage(validStored({ location: null })).ok, true);
    assert.deepEqual(errorsOf(parsePackage(validStored({ location: 12 as unknown as string }))), [['location', 'invalid_type']]);
  });

  it('refuses a non-object', () => {
    for (const json of ['{}', null, [], 3]) assert.deepEqual(errorsOf(parsePackage(json)), [['', 'invalid_type']]);
  });
});
