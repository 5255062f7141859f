import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar as booking } from '../../../src/components/booking/i18n/ar.js';
import { ar as call } from '../../../src/components/call/i18n/ar.js';
import { ar as checkout } from '../../../src/components/checkout/i18n/ar.js';
import { ar as credits } from '../../../src/components/credits/i18n/ar.js';
import { ar as myBookings } from '../../../src/components/my-bookings/i18n/ar.js';
import { ar as signIn } from '../../../src/components/sign-in/i18n/ar.js';
import { ar as slotPicker } from '../../../src/components/slot-picker/i18n/ar.js';

/** Every fixed string of the Arabic catalogs (functions and plural forms are left out). */
const strings = Object.entries({ booking, call, checkout, credits, myBookings, signIn, slotPicker }).flatMap(([element, catalog]) =>
  Object.entries(catalog as object)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, text]) => ({ where: `${element}.${key}`, text })),
);

describe('Arabic texts and the bidi algorithm', () => {
  it('isolates left-to-right words that begin or end with punctuation, so "(.ics)" does not read "(ics.)"', () => {
    assert.ok(strings.length > 50);
    // Latin text touching a neutral (".", "(", ")") outside an isolate (U+2066 … U+2069) is reordered in right-to-left text.
    const exposed = strings.filter(({ text }) => /[.(]\s*[A-Za-z]|[A-Za-z]\s*[.)]/.test(text.replace(/\u2066[^\u2069]*\u2069/g, '')));
    assert.deepEqual(exposed, []);
  });
});
