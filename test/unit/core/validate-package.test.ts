import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  APPOINTMENT_TYPES,
  END_MODES,
  END_TIMINGS,
  ONLINE_SERVICES,
  parsePackage,
  validatePackage,
  validatePackagePatch,
  type AppointmentPackageInput,
  type FieldError,
  type ValidationResult,
} from '../../../src/core/index.js';
import { validInput } from './fixtures.js';

function errorsOf<T>(result: ValidationResult<T>): FieldError[] {
  assert.equal(result.ok, false, 'expected the validation to fail');
  return result.ok ? [] : result.errors;
}

function valueOf<T>(result: ValidationResult<T>): T {
  if (!result.ok) assert.fail(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** An error's field and code. */
const pick = (error: FieldError): [string, string] => [error.field, error.code];

/** The single error a one-field change produced. */
function onlyError(overrides: Record<string, unknown>): FieldError {
  const errors = errorsOf(validatePackage(validInput(overrides)));
  assert.equal(errors.length, 1, `expected one error, got ${JSON.stringify(errors)}`);
  return errors[0]!;
}

const integerFields = [
  { field: 'durationMinutes', min: 5, max: 480 },
  { field: 'sessions', min: 1, max: 100 },
  { field: 'breakMinutes', min: 0, max: 240 },
  { field: 'fee', min: 0, max: undefined },
  { field: 'listingOrder', min: 0, max: undefined },
  { field: 'credits', min: 1, max: undefined },
] as const;

describe('validatePackage', () => {
  it('accepts a valid online package and returns it unchanged', () => {
    assert.deepEqual(valueOf(validatePackage(validInput())), validInput());
  });

  it('accepts a face-to-face package with service null', () => {
    const input = validInput({ appointmentType: 'face_to_face', service: null });
    assert.deepEqual(valueOf(validatePackage(input)), input);
  });

  describe('integer fields', () => {
    for (const { field, min, max } of integerFields) {
      it(`${field}: accepts the bounds ${min}${max === undefined ? '' : ` and ${max}`}`, () => {
        assert.equal(valueOf(validatePackage(validInput({ [field]: min })))[field], min);
        if (max !== undefined) assert.equal(valueOf(validatePackage(validInput({ [field]: max })))[field], max);
      });

      it(`${field}: rejects ${min - 1} as too_small`, () => {
        const error = onlyError({ [field]: min - 1 });
        assert.equal(error.field, field);
        assert.equal(error.code, 'too_small');
        assert.match(error.message, new RegExp(`^${field} must be at least ${min}\\b.*\\(got ${min - 1}\\)\\.$`));
      });

      if (max !== undefined) {
        it(`${field}: rejects ${max + 1} as too_large`, () => {
          const error = onlyError({ [field]: max + 1 });
          assert.deepEqual([error.field, error.code], [field, 'too_large']);
          assert.match(error.message, new RegExp(`^${field} must be at most ${max}\\b.*\\(got ${max + 1}\\)\\.$`));
        });
      } else {
        it(`${field}: rejects integers beyond 2^53 - 1`, () => {
          const error = onlyError({ [field]: 2 ** 60 });
          assert.deepEqual([error.field, error.code], [field, 'too_large']);
        });
      }

      for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        it(`${field}: rejects ${bad} as not_integer`, () => {
          const error = onlyError({ [field]: bad });
          assert.deepEqual([error.field, error.code], [field, 'not_integer']);
          assert.match(error.message, new RegExp(`^${field} must be a whole number \\(got ${bad}\\)\\.$`));
        });
      }

      const wrongTypes: [string, unknown][] = [['"30"', '30'], ['true', true], ['{}', {}], ['[]', []], ['10n', 10n]];
      for (const [label, bad] of wrongTypes) {
        it(`${field}: rejects ${label} as invalid_type`, () => {
          const error = onlyError({ [field]: bad });
          assert.deepEqual([error.field, error.code], [field, 'invalid_type']);
        });
      }
    }

    it('words the duration limit with its unit', () => {
      assert.equal(onlyError({ durationMinutes: 500 }).message, 'durationMinutes must be at most 480 minutes (got 500).');
      assert.equal(onlyError({ breakMinutes: -1 }).message, 'breakMinutes must be at least 0 minutes (got -1).');
    });

    it('accepts fee 0 (a free package)', () => {
      assert.equal(valueOf(validatePackage(validInput({ fee: 0 }))).fee, 0);
    });

    it('accepts credits null (not sold for credits) but rejects credits 0', () => {
      assert.equal(valueOf(validatePackage(validInput({ credits: null }))).credits, null);
      assert.equal(onlyError({ credits: 0 }).code, 'too_small');
    });

    it('rejects null for a non-nullable integer as invalid_type', () => {
      const error = onlyError({ sessions: null });
      assert.deepEqual([error.field, error.code], ['sessions', 'invalid_type']);
      assert.equal(error.message, 'sessions must be a whole number (got null).');
    });
  });

  describe('choices', () => {
    const choiceFields = [
      { field: 'appointmentType', options: APPOINTMENT_TYPES },
      { field: 'endMode', options: END_MODES },
      { field: 'endTiming', options: END_TIMINGS },
    ] as const;
    for (const { field, options } of choiceFields) {
      it(`${field}: accepts ${options.join(', ')}`, () => {
        for (const option of options) {
          const overrides: Record<string, unknown> = { [field]: option };
          if (field === 'appointmentType' && option === 'face_to_face') overrides.service = null;
          assert.equal(valueOf(validatePackage(validInput(overrides)))[field], option);
        }
      });

      it(`${field}: rejects an unknown option and lists the valid ones`, () => {
        const error = onlyError({ [field]: 'sometimes' });
        assert.deepEqual([error.field, error.code], [field, 'invalid_option']);
        for (const option of options) assert.ok(error.message.includes(`"${option}"`), error.message);
        assert.ok(error.message.includes('(got "sometimes")'), error.message);
      });

      it(`${field}: rejects a non-string as invalid_type`, () => {
        assert.equal(onlyError({ [field]: 1 }).code, 'invalid_type');
      });
    }

    it('is case-sensitive', () => {
      assert.equal(onlyError({ endMode: 'Automatic' }).code, 'invalid_option');
    });
  });

  describe('service', () => {
    for (const service of ONLINE_SERVICES) {
      it(`accepts "${service}" for an online package`, () => {
        assert.equal(valueOf(validatePackage(validInput({ service }))).service, service);
      });
    }

    it('requires a service for an online package', () => {
      const error = onlyError({ service: null });
      assert.deepEqual([error.field, error.code], ['service', 'required']);
      assert.match(error.message, /online/);
    });

    it('rejects a service on a face-to-face package as not_allowed', () => {
      const error = onlyError({ appointmentType: 'face_to_face', service: 'phone' });
      assert.deepEqual([error.field, error.code], ['service', 'not_allowed']);
      assert.equal(error.message, 'service must be null for a face_to_face package (got "phone").');
    });

    it('rejects an unknown service as invalid_option, whatever the type', () => {
      assert.equal(onlyError({ service: 'sms' }).code, 'invalid_option');
      assert.equal(onlyError({ appointmentType: 'face_to_face', service: 'sms' }).code, 'invalid_option');
    });

    it('does not add a cross-field error when appointmentType itself is invalid', () => {
      const errors = errorsOf(validatePackage(validInput({ appointmentType: 'remote', service: null })));
      assert.deepEqual(errors.map((e) => [e.field, e.code]), [['appointmentType', 'invalid_option']]);
    });
  });

  describe('location', () => {
    it('is optional, and kept trimmed with its line breaks on a face-to-face package', () => {
      const meeting = { appointmentType: 'face_to_face', service: null } as const;
      assert.equal('location' in valueOf(validatePackage(validInput(meeting))), false);
      assert.equal(valueOf(validatePackage(validInput({ ...meeting, location: null }))).location, null);
      assert.equal(valueOf(validatePackage(validInput({ ...meeting, location: '  Moda Cad. 12\nKadıköy \n' }))).location, 'Moda Cad. 12\nKadıköy');
    });

    it('refuses an empty, overlong or non-text place', () => {
      const meeting = { appointmentType: 'face_to_face', service: null } as const;
      assert.deepEqual(pick(onlyError({ ...meeting, location: ' \n ' })), ['location', 'too_short']);
      assert.deepEqual(pick(onlyError({ ...meeting, location: 'x'.repeat(301) })), ['location', 'too_long']);
      assert.equal(valueOf(validatePackage(validInput({ ...meeting, location: 'x'.repeat(300) }))).location?.length, 300);
      assert.deepEqual(pick(onlyError({ ...meeting, location: 12 })), ['location', 'invalid_type']);
      assert.deepEqual(pick(onlyError({ ...meeting, location: 'Moda\u0000' })), ['location', 'invalid_characters']);
    });

    it('refuses a place on an online package as not_allowed, naming the rule', () => {
      const error = onlyError({ location: 'Moda Cad. 12' });
      assert.deepEqual(pick(error), ['location', 'not_allowed']);
      assert.equal(error.message, 'location is only for a face_to_face package; an online package has none (got "Moda Cad. 12").');
      assert.equal(valueOf(validatePackage(validInput({ location: null }))).location, null, 'null is no place');
    });
  });

  describe('title', () => {
    it('is trimmed in the returned value', () => {
      assert.equal(valueOf(validatePackage(validInput({ title: '  Deep work  ' }))).title, 'Deep work');
    });

    it('accepts 1 and 120 characters', () => {
      assert.equal(valueOf(validatePackage(validInput({ title: 'A' }))).title, 'A');
      assert.equal(valueOf(validatePackage(validInput({ title: 'a'.repeat(120) }))).title.length, 120);
    });

    it('rejects 121 characters as too_long', () => {
      const error = onlyError({ title: 'a'.repeat(121) });
      assert.deepEqual([error.field, error.code], ['title', 'too_long']);
      assert.equal(error.message, 'title must be at most 120 characters long.');
    });

    it('counts user-perceived characters, so 120 emoji flags fit', () => {
      const flags = '🇩🇪'.repeat(120); // 480 UTF-16 units, 240 code points, 120 characters
      assert.equal(valueOf(validatePackage(validInput({ title: flags }))).title, flags);
      assert.equal(onlyError({ title: `${flags}!` }).code, 'too_long');
    });

    it('rejects an empty or blank title as too_short', () => {
      for (const title of ['', '   ', '\u3000']) {
        const error = onlyError({ title });
        assert.deepEqual([error.field, error.code], ['title', 'too_short']);
        assert.equal(error.message, 'title must not be empty.');
      }
    });

    it('measures after trimming', () => {
      assert.equal(valueOf(validatePackage(validInput({ title: ` ${'a'.repeat(120)} ` }))).title, 'a'.repeat(120));
    });

    it('rejects control characters and inner line breaks as invalid_characters', () => {
      for (const title of ['Line\nbreak', 'Tab\there', 'Bell\u0007', 'Del\u007f', 'C1\u0085', 'Lone \ud800']) {
        const error = onlyError({ title });
        assert.deepEqual([error.field, error.code], ['title', 'invalid_characters'], JSON.stringify(title));
      }
    });

    it('rejects a non-string as invalid_type', () => {
      assert.equal(onlyError({ title: 42 }).code, 'invalid_type');
      assert.equal(onlyError({ title: null }).code, 'invalid_type');
    });
  });

  describe('description', () => {
    it('accepts an empty description and 2000 characters', () => {
      assert.equal(valueOf(validatePackage(validInput({ description: '' }))).description, '');
      assert.equal(valueOf(validatePackage(validInput({ description: 'x'.repeat(2000) }))).description.length, 2000);
    });

    it('rejects 2001 characters as too_long', () => {
      const error = onlyError({ description: 'x'.repeat(2001) });
      assert.deepEqual([error.field, error.code], ['description', 'too_long']);
      assert.equal(error.message, 'description must be at most 2000 characters long.');
    });

    it('keeps line breaks (LF and CRLF)', () => {
      const description = 'First line\nSecond line\r\nThird line';
      assert.equal(valueOf(validatePackage(validInput({ description }))).description, description);
    });

    it('rejects other control characters', () => {
      for (const description of ['a\tb', 'nul\u0000', 'esc\u001b[31m']) {
        assert.equal(onlyError({ description }).code, 'invalid_characters', JSON.stringify(description));
      }
    });
  });

  describe('country and currency', () => {
    it('accepts real codes', () => {
      for (const [country, currency] of [['DE', 'EUR'], ['US', 'USD'], ['JP', 'JPY'], ['KW', 'KWD'], ['TR', 'TRY']]) {
        const value = valueOf(validatePackage(validInput({ country, currency })));
        assert.deepEqual([value.country, value.currency], [country, currency]);
      }
    });

    it('rejects unassigned, alpha-3 and lowercase country codes', () => {
      for (const country of ['XX', 'DEU', 'UK', '']) {
        const error = onlyError({ country });
        assert.deepEqual([error.field, error.code], ['country', 'invalid_country'], country);
      }
      const lower = onlyError({ country: 'de' });
      assert.equal(lower.code, 'invalid_country');
      assert.match(lower.message, /use "DE"/);
    });

    it('rejects unknown, withdrawn and non-currency codes', () => {
      for (const currency of ['ABC', 'HRK', 'XAU', 'XXX', 'EURO']) {
        const error = onlyError({ currency });
        assert.deepEqual([error.field, error.code], ['currency', 'invalid_currency'], currency);
      }
      assert.match(onlyError({ currency: 'eur' }).message, /use "EUR"/);
    });

    it('rejects non-strings as invalid_type', () => {
      assert.equal(onlyError({ country: 49 }).code, 'invalid_type');
      assert.equal(onlyError({ currency: null }).code, 'invalid_type');
    });
  });

  describe('shape', () => {
    it('reports every bad field at once, in form order', () => {
      const errors = errorsOf(
        validatePackage(
          validInput({ durationMinutes: 500, fee: -1, credits: 0, sessions: 1.5, country: 'de', title: ' ', description: 7 }),
        ),
      );
      assert.deepEqual(
        errors.map((e) => [e.field, e.code]),
        [
          ['durationMinutes', 'too_large'],
          ['fee', 'too_small'],
          ['credits', 'too_small'],
          ['sessions', 'not_integer'],
          ['country', 'invalid_country'],
          ['title', 'too_short'],
          ['description', 'invalid_type'],
        ],
      );
    });

    it('reports every missing field as required', () => {
      const errors = errorsOf(validatePackage({}));
      assert.equal(errors.length, Object.keys(validInput()).length);
      assert.ok(errors.every((e) => e.code === 'required' && e.message === `${e.field} is required.`));
      assert.deepEqual(errors.map((e) => e.field).sort(), Object.keys(validInput()).sort());
    });

    it('rejects unknown fields', () => {
      const errors = errorsOf(validatePackage({ ...validInput(), price: 10, Title: 'x' }));
      assert.deepEqual(errors.map((e) => [e.field, e.code]), [['price', 'unknown_field'], ['Title', 'unknown_field']]);
      assert.equal(errors[0]!.message, 'price is not a field of an appointment package.');
    });

    it('rejects the server-managed id, expertId and version as read_only', () => {
      const errors = errorsOf(validatePackage({ ...validInput(), id: 'p1', expertId: 'e1', version: 2 }));
      assert.deepEqual(errors.map((e) => [e.field, e.code]), [['id', 'read_only'], ['expertId', 'read_only'], ['version', 'read_only']]);
      assert.match(errors[0]!.message, /^id is managed by the server/);
    });

    it('rejects a non-object input', () => {
      for (const input of [null, undefined, 'package', 42, [validInput()]]) {
        const errors = errorsOf(validatePackage(input));
        assert.equal(errors.length, 1);
        assert.equal(errors[0]!.code, 'invalid_type');
        assert.match(errors[0]!.message, /must be a JSON object/);
      }
    });

    it('does not mutate its input', () => {
      const input = validInput({ title: '  Padded  ' });
      const copy = structuredClone(input);
      validatePackage(input);
      assert.deepEqual(input, copy);
    });
  });
});

describe('validatePackagePatch', () => {
  it('validates only the fields present', () => {
    assert.deepEqual(valueOf(validatePackagePatch({ fee: 0, title: ' New title ' })), { fee: 0, title: 'New title' });
    assert.deepEqual(valueOf(validatePackagePatch({})), {});
  });

  it('treats a field set to undefined as absent', () => {
    assert.deepEqual(valueOf(validatePackagePatch({ fee: undefined, sessions: 2 })), { sessions: 2 });
  });

  it('applies the same per-field rules and reports every error', () => {
    const errors = errorsOf(validatePackagePatch({ durationMinutes: 4, currency: 'XYZ', service: 'fax' }));
    assert.deepEqual(errors.map((e) => [e.field, e.code]), [
      ['service', 'invalid_option'],
      ['durationMinutes', 'too_small'],
      ['currency', 'invalid_currency'],
    ]);
  });

  it('leaves the service/appointmentType rule to the caller, after merging', () => {
    // Alone, both are acceptable changes: whether they fit depends on the stored package.
    assert.deepEqual(valueOf(validatePackagePatch({ service: null })), { service: null });
    assert.deepEqual(valueOf(validatePackagePatch({ appointmentType: 'face_to_face' })), { appointmentType: 'face_to_face' });
  });

  it('rejects unknown and server-managed fields', () => {
    const errors = errorsOf(validatePackagePatch({ version: 4, colour: 'red' }));
    assert.deepEqual(errors.map((e) => [e.field, e.code]), [['version', 'read_only'], ['colour', 'unknown_field']]);
  });

  it('rejects a non-object patch', () => {
    assert.equal(errorsOf(validatePackagePatch([]))[0]!.code, 'invalid_type');
  });
});

describe('properties', () => {
  const arbitraryText = (min: number, max: number) =>
    fc
      .string({ unit: 'grapheme', minLength: min, maxLength: max })
      .filter((s) => !/[\p{Cc}]/u.test(s) && s.trim() === s && (min === 0 || s.length > 0));

  const validPackage: fc.Arbitrary<AppointmentPackageInput> = fc
    .record({
      appointmentType: fc.constantFrom(...APPOINTMENT_TYPES),
      service: fc.constantFrom(...ONLINE_SERVICES),
      durationMinutes: fc.integer({ min: 5, max: 480 }),
      fee: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      credits: fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { nil: null }),
      sessions: fc.integer({ min: 1, max: 100 }),
      breakMinutes: fc.integer({ min: 0, max: 240 }),
      country: fc.constantFrom('DE', 'US', 'TR', 'JP', 'KW', 'AQ'),
      currency: fc.constantFrom('EUR', 'USD', 'TRY', 'JPY', 'KWD', 'CLF'),
      listingOrder: fc.nat(),
      endMode: fc.constantFrom(...END_MODES),
      endTiming: fc.constantFrom(...END_TIMINGS),
      title: arbitraryText(1, 60),
      description: arbitraryText(0, 200),
    })
    .map((pkg) => ({ ...pkg, service: pkg.appointmentType === 'online' ? pkg.service : null }));

  it('any valid package is accepted unchanged and survives a JSON round trip through parsePackage', () => {
    // What validatePackage accepts on the way in, parsePackage must accept on the way out.
    fc.assert(
      fc.property(validPackage, fc.string({ minLength: 1 }), fc.integer({ min: 1 }), (pkg, id, version) => {
        assert.deepEqual(valueOf(validatePackage(pkg)), pkg);
        const stored = JSON.parse(JSON.stringify({ ...pkg, id: `p${id}`, expertId: 'e1', version }));
        assert.deepEqual(valueOf(parsePackage(stored)), stored);
      }),
    );
  });

  it('any integer outside a field range is reported on that field, alone', () => {
    const outside = fc.oneof(
      ...integerFields.flatMap(({ field, min, max }) => [
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: min - 1 }).map((n) => ({ field, n, code: 'too_small' })),
        ...(max === undefined ? [] : [fc.integer({ min: max + 1 }).map((n) => ({ field, n, code: 'too_large' }))]),
      ]),
    );
    fc.assert(
      fc.property(outside, ({ field, n, code }) => {
        const errors = errorsOf(validatePackage(validInput({ [field]: n })));
        assert.deepEqual(errors.map((e) => [e.field, e.code]), [[field, code]]);
        assert.ok(errors[0]!.message.includes(`(got ${n})`));
      }),
    );
  });
});
