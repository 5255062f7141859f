import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  OWN_POLICY,
  ValidationError,
  bookingPolicyFormFields,
  bookingPolicyFormValuesOf,
  bookingPolicyFormValuesToInput,
  emptyFormValues,
  formValuesOf,
  formValuesToInput,
  isFieldVisible,
  mapErrorsToFields,
  majorTextToMinor,
  minorToMajorText,
  moneyFractionDigits,
  moneyStep,
  packageFormFields,
  placePolicyError,
  type PackageFormField,
} from '../../src/admin/index.js';
import { PACKAGE_INPUT_FIELDS, PACKAGE_LIMITS, validatePackage } from '../../src/core/index.js';
import { packageInput } from './helpers.js';

const byName = (fields: readonly PackageFormField[], name: string): PackageFormField => {
  const field = fields.find((f) => f.name === name);
  assert.ok(field, `no field ${name}`);
  return field;
};

describe('packageFormFields', () => {
  it('describes every input field in core order with kinds and the limits of PACKAGE_LIMITS', () => {
    const fields = packageFormFields('en');
    const policyFields = ['bookingPolicy.cancelCutoffHours', 'bookingPolicy.rescheduleCutoffHours', 'bookingPolicy.cancelReturnsSession'];
    assert.deepEqual(fields.map((f) => f.name), [...PACKAGE_INPUT_FIELDS, ...policyFields]);
    assert.equal(PACKAGE_INPUT_FIELDS.at(-1), 'bookingPolicy');
    assert.deepEqual(
      Object.fromEntries(fields.map((f) => [f.name, f.kind])),
      {
        appointmentType: 'select', service: 'select', location: 'textarea', durationMinutes: 'number', fee: 'money', credits: 'number',
        sessions: 'number', breakMinutes: 'number', country: 'select', currency: 'select', listingOrder: 'number',
        endMode: 'select', endTiming: 'select', title: 'text', description: 'textarea', bookingPolicy: 'select',
        'bookingPolicy.cancelCutoffHours': 'number', 'bookingPolicy.rescheduleCutoffHours': 'number', 'bookingPolicy.cancelReturnsSession': 'select',
      },
    );
    const duration = byName(fields, 'durationMinutes');
    assert.deepEqual([duration.min, duration.max, duration.step, duration.unit, duration.required], [PACKAGE_LIMITS.durationMinutes.min, PACKAGE_LIMITS.durationMinutes.max, 1, 'minutes', true]);
    assert.deepEqual([byName(fields, 'title').maxLength, byName(fields, 'description').maxLength], [120, 2000]);
    assert.equal(byName(fields, 'description').required, false);
    const credits = byName(fields, 'credits');
    assert.deepEqual([credits.nullable, credits.required, credits.min, credits.emptyLabel], [true, false, 1, 'Not sold for credits']);
    assert.deepEqual(byName(fields, 'service').options?.map((o) => o.value), ['audio', 'phone', 'video']);
    assert.ok(Object.isFrozen(fields) && Object.isFrozen(duration));
  });

  it('localizes labels, help and option labels in en, de, tr and ar; other languages fall back to English', () => {
    const label = (locale: string, name: string) => byName(packageFormFields(locale), name).label;
    assert.deepEqual(['en', 'de', 'tr', 'ar'].map((l) => label(l, 'durationMinutes')), ['Duration', 'Dauer', 'Süre', 'المدة']);
    assert.equal(label('de-AT', 'breakMinutes'), 'Pause');
    assert.equal(label('fr', 'title'), 'Title');
    assert.match(byName(packageFormFields('en'), 'breakMinutes').help, /50 \+ 10/);
    const f2f = (l: string) => byName(packageFormFields(l), 'appointmentType').options?.find((o) => o.value === 'face_to_face')?.label;
    assert.deepEqual(['en', 'de', 'tr', 'ar'].map(f2f), ['Face-to-face meeting', 'Persönliches Treffen', 'Yüz yüze görüşme', 'لقاء وجهًا لوجه']);
    const phone = byName(packageFormFields('en'), 'service').options?.find((o) => o.value === 'phone')?.label;
    assert.match(phone ?? '', /USD balance/);
    const germany = (l: string) => byName(packageFormFields(l), 'country').options?.find((o) => o.value === 'DE')?.label;
    assert.equal(germany('en'), 'Germany (DE)');
    assert.equal(germany('de'), 'Deutschland (DE)');
    assert.equal(germany('tr'), 'Almanya (DE)');
    const euro = byName(packageFormFields('de'), 'currency').options?.find((o) => o.value === 'EUR')?.label;
    assert.equal(euro, 'Euro (EUR)');
    assert.equal(byName(packageFormFields('en'), 'country').options?.length, 249);
  });

  it('shows service only for an online appointment, and sends null for a hidden service', () => {
    const fields = packageFormFields('en');
    const service = byName(fields, 'service');
    assert.deepEqual(service.visibleWhen, { field: 'appointmentType', equals: 'online' });
    assert.equal(isFieldVisible(service, { appointmentType: 'online' }), true);
    assert.equal(isFieldVisible(service, { appointmentType: 'face_to_face' }), false);
    assert.equal(isFieldVisible(byName(fields, 'fee'), { appointmentType: 'face_to_face' }), true);
    const values = { ...formValuesOf(packageInput(), fields), appointmentType: 'face_to_face' };
    const input = formValuesToInput(values, fields);
    assert.equal(input.service, null);
    assert.equal(validatePackage(input).ok, true);
  });
  it('shows the meeting place only for a face-to-face appointment, localized; blank or hidden sends null', () => {
    const fields = packageFormFields('en');
    const location = byName(fields, 'location');
    assert.deepEqual([location.kind, location.required, location.nullable, location.maxLength], ['textarea', false, true, 300]);
    assert.deepEqual(location.visibleWhen, { field: 'appointmentType', equals: 'face_to_face' });
    assert.deepEqual(['en', 'de', 'tr', 'ar'].map((l) => byName(packageFormFields(l), 'location').label), ['Meeting place', 'Treffpunkt', 'Buluşma yeri', 'مكان اللقاء']);
    const meeting = { ...formValuesOf(packageInput(), fields), appointmentType: 'face_to_face', location: '  ' };
    assert.equal(formValuesToInput(meeting, fields).location, null, 'a blank place is none');
    assert.equal(formValuesToInput({ ...meeting, location: ' Moda Cad. 12 ' }, fields).location, ' Moda Cad. 12 ');
    const online = formValuesToInput({ ...meeting, appointmentType: 'online', location: 'Moda Cad. 12' }, fields);
    assert.equal(online.location, null, 'an online package sends no place');
    assert.equal(validatePackage(online).ok, true);
  });
});

describe('form values', () => {
  it('round-trips a package through form values', () => {
    const fields = packageFormFields('en');
    const pkg = packageInput({ credits: null });
    const values = formValuesOf(pkg, fields);
    assert.equal(values.credits, '');
    assert.equal(values.fee, '120.00');
    // Without a policy of its own, the package keeps the tenant's: null, as a PATCH sends it.
    assert.deepEqual(formValuesToInput(values, fields), { ...pkg, location: null, bookingPolicy: null });
    const own = packageInput({ bookingPolicy: { cancelCutoffHours: 48, rescheduleCutoffHours: 0, cancelReturnsSession: false } });
    assert.deepEqual(formValuesToInput(formValuesOf(own, fields), fields), { ...own, location: null });
    const meeting = packageInput({ appointmentType: 'face_to_face', service: null, location: 'Torstraße 49\n10119 Berlin' });
    assert.deepEqual(formValuesToInput(formValuesOf(meeting, fields), fields), { ...meeting, bookingPolicy: null });
  });

  it('keeps text that is not a number so that the validator names the field', () => {
    const fields = packageFormFields('en');
    const values = { ...emptyFormValues(fields), durationMinutes: 'abc', sessions: '', listingOrder: '1.5', fee: '1.505', currency: 'EUR', title: 'T' };
    const result = validatePackage(formValuesToInput(values, fields));
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
    for (const expected of ['durationMinutes:invalid_type', 'sessions:required', 'listingOrder:not_integer', 'fee:invalid_type']) assert.ok(problems.includes(expected), problems.join(', '));
    const { byField } = mapErrorsToFields(result.ok ? [] : result.errors, 'de', { currency: 'EUR' });
    assert.equal(byField.fee?.[0]?.localizedMessage, 'Geben Sie einen Betrag mit höchstens 2 Nachkommastellen ein, etwa 90,00.');
    assert.equal(mapErrorsToFields(result.ok ? [] : result.errors, 'en', { currency: 'JPY' }).byField.fee?.[0]?.localizedMessage, 'Enter a whole amount, such as 1500.');
  });

  it('takes the fee in the major unit of the chosen currency and sends minor units', () => {
    const fields = packageFormFields('en');
    const fee = byName(fields, 'fee');
    assert.deepEqual([fee.kind, fee.currencyField, fee.min, fee.unit], ['money', 'currency', 0, undefined]);
    const base = formValuesOf(packageInput(), fields);
    const feeOf = (text: string, currency: string) => formValuesToInput({ ...base, fee: text, currency }, fields).fee;
    assert.deepEqual(
      [feeOf('90.00', 'EUR'), feeOf('90', 'EUR'), feeOf('90,5', 'EUR'), feeOf(' .5 ', 'EUR'), feeOf('1500', 'JPY'), feeOf('1.234', 'KWD'), feeOf('0', 'EUR')],
      [9000, 9000, 9050, 50, 1500, 1234, 0],
    );
    assert.deepEqual([feeOf('90.001', 'EUR'), feeOf('15.5', 'JPY'), feeOf('1,000.00', 'EUR'), feeOf('-5', 'EUR'), feeOf('9e3', 'EUR'), feeOf('90', 'XYZ')], ['90.001', '15.5', '1,000.00', '-5', '9e3', '90']);
    assert.equal('fee' in formValuesToInput({ ...base, fee: '  ' }, fields), false);
    assert.equal(validatePackage(formValuesToInput({ ...base, fee: '90.00', currency: 'EUR' }, fields)).ok, true);
    assert.equal(formValuesOf(packageInput({ fee: 9000, currency: 'EUR' }), fields).fee, '90.00');
    assert.equal(formValuesOf(packageInput({ fee: 5, currency: 'EUR' }), fields).fee, '0.05');
    assert.equal(formValuesOf(packageInput({ fee: 1500, currency: 'JPY' }), fields).fee, '1500');
    assert.equal(formValuesOf(packageInput({ fee: 12345, currency: 'KWD' }), fields).fee, '12.345');
    assert.deepEqual([moneyStep('EUR'), moneyStep('JPY'), moneyStep('KWD'), moneyStep('nope')], ['0.01', '1', '0.001', 'any']);
    assert.deepEqual([majorTextToMinor('19.99', 'USD'), minorToMajorText(1999, 'USD'), moneyFractionDigits('CLF')], [1999, '19.99', 4]);
  });

  it('preselects given defaults among the options of a new form, and the first option otherwise', () => {
    const fields = packageFormFields('en');
    const preset = emptyFormValues(fields, { country: 'DE', currency: 'EUR' });
    assert.deepEqual([preset.country, preset.currency, preset.fee, preset.appointmentType], ['DE', 'EUR', '', 'online']);
    const fallback = emptyFormValues(fields, { country: 'ZZ', currency: 'XYZ' });
    const first = (name: string) => byName(fields, name).options?.[0]?.value;
    assert.deepEqual([fallback.country, fallback.currency], [first('country'), first('currency')]);
  });
});

describe('mapErrorsToFields', () => {
  it('puts validatePackage errors on their fields with localized messages, the rest apart', () => {
    const result = validatePackage({ ...packageInput(), durationMinutes: 1000, title: '', extra: 1 });
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    const en = mapErrorsToFields(errors);
    assert.deepEqual(Object.keys(en.byField).sort(), ['durationMinutes', 'title']);
    assert.equal(en.byField.durationMinutes?.[0]?.localizedMessage, 'Enter at most 480.');
    assert.deepEqual(en.other.map((e) => e.field), ['extra']);
    const de = mapErrorsToFields(errors, 'de');
    assert.equal(de.byField.durationMinutes?.[0]?.localizedMessage, 'Geben Sie höchstens 480 ein.');
    assert.equal(de.byField.title?.[0]?.localizedMessage, 'Bitte füllen Sie dieses Feld aus.');
    assert.equal(mapErrorsToFields(errors, 'ar').byField.durationMinutes?.[0]?.localizedMessage, 'أدخل 480 على الأكثر.');
  });

  it('reads the field errors of a ValidationError, and keeps unknown codes\' own message', () => {
    const error = new ValidationError('The package', [
      { field: 'currency', code: 'invalid_currency', message: 'currency must be …' },
      { field: 'fee', code: 'something_new', message: 'fee is odd.' },
      { field: 'expertId', code: 'required', message: 'expertId is required.' },
    ]);
    const mapped = mapErrorsToFields(error, 'tr');
    assert.equal(mapped.byField.currency?.[0]?.localizedMessage, 'Listeden bir para birimi seçin.');
    assert.equal(mapped.byField.fee?.[0]?.localizedMessage, 'fee is odd.');
    assert.deepEqual(mapped.other.map((e) => e.field), ['expertId']);
    assert.deepEqual(mapErrorsToFields(new Error('no fields')), { byField: {}, other: [] });
  });
});

describe('the booking policy in the forms', () => {
  const POLICY = { cancelCutoffHours: 48, rescheduleCutoffHours: 6, cancelReturnsSession: true };

  it('describes a policy in hours (0–720) and whether a cancelled session returns, in en, de, tr and ar', () => {
    const fields = bookingPolicyFormFields('en');
    assert.deepEqual(fields.map((f) => [f.name, f.kind, f.min, f.max, f.unit, f.required]), [
      ['bookingPolicy.cancelCutoffHours', 'number', 0, 720, 'hours', true],
      ['bookingPolicy.rescheduleCutoffHours', 'number', 0, 720, 'hours', true],
      ['bookingPolicy.cancelReturnsSession', 'select', undefined, undefined, undefined, true],
    ]);
    assert.deepEqual(fields[2]!.options?.map((o) => [o.value, o.label]), [['true', 'Goes back to the package'], ['false', 'Is used up']]);
    const label = (locale: string) => bookingPolicyFormFields(locale)[0]!.label;
    assert.deepEqual(['en', 'de', 'tr', 'ar', 'fr'].map(label), ['Cancellation cut-off', 'Stornofrist', 'İptal süresi', 'مهلة الإلغاء', 'Cancellation cut-off']);
    assert.ok(Object.isFrozen(fields) && Object.isFrozen(fields[2]!.options));
  });

  it('turns a policy into form values and back, keeping text that is not a number for the validator', () => {
    const values = bookingPolicyFormValuesOf(POLICY);
    assert.deepEqual(values, { 'bookingPolicy.cancelCutoffHours': '48', 'bookingPolicy.rescheduleCutoffHours': '6', 'bookingPolicy.cancelReturnsSession': 'true' });
    assert.deepEqual(bookingPolicyFormValuesToInput(values), POLICY);
    assert.deepEqual(bookingPolicyFormValuesToInput({ 'bookingPolicy.cancelCutoffHours': '2.5', 'bookingPolicy.cancelReturnsSession': 'false' }), { cancelCutoffHours: '2.5', cancelReturnsSession: false });
  });

  it('lets a package keep the tenant’s policy or have its own, shown only then and prefilled from the tenant’s', () => {
    const fields = packageFormFields('de');
    const choice = byName(fields, 'bookingPolicy');
    assert.deepEqual([choice.kind, choice.nullable, choice.emptyLabel, choice.options?.map((o) => [o.value, o.label])], ['select', true, 'Die allgemeinen Regeln (Einstellungen)', [[OWN_POLICY, 'Eigene Regeln']]]);
    const cutoff = byName(fields, 'bookingPolicy.cancelCutoffHours');
    assert.deepEqual(cutoff.visibleWhen, { field: 'bookingPolicy', equals: 'own' });
    const fresh = emptyFormValues(fields, { country: 'DE', ...bookingPolicyFormValuesOf(POLICY) });
    assert.equal(fresh.bookingPolicy, '');
    assert.equal(isFieldVisible(cutoff, fresh), false);
    assert.equal(formValuesToInput(fresh, fields).bookingPolicy, null);
    const own = { ...fresh, bookingPolicy: OWN_POLICY, 'bookingPolicy.cancelCutoffHours': '12' };
    assert.equal(isFieldVisible(cutoff, own), true);
    assert.deepEqual(formValuesToInput(own, fields).bookingPolicy, { ...POLICY, cancelCutoffHours: 12 });
    // A stored package without its own policy shows the one that applies (a public answer's), ready to change.
    const listed = formValuesOf({ ...packageInput(), id: 'pkg_1', expertId: 'exp_1', version: 1, effectivePolicy: POLICY }, fields);
    assert.deepEqual([listed.bookingPolicy, listed['bookingPolicy.rescheduleCutoffHours']], ['', '6']);
  });

  it('puts a policy’s errors on the policy field they are about, from core’s validation or the server', () => {
    const result = validatePackage({ ...packageInput(), bookingPolicy: { ...POLICY, rescheduleCutoffHours: 721 } });
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    const { byField, other } = mapErrorsToFields(errors, 'en');
    assert.deepEqual(byField['bookingPolicy.rescheduleCutoffHours']?.map((e) => [e.field, e.localizedMessage]), [['bookingPolicy.rescheduleCutoffHours', 'Enter at most 720.']]);
    assert.deepEqual(other, []);
    const server = mapErrorsToFields([{ field: 'bookingPolicy.cancelCutoffHours', code: 'too_small', message: 'bookingPolicy.cancelCutoffHours must be at least 0.' }], 'tr');
    assert.equal(byName(packageFormFields('tr'), 'bookingPolicy.cancelCutoffHours').label, 'İptal süresi');
    assert.equal(server.byField['bookingPolicy.cancelCutoffHours']?.[0]?.localizedMessage, 'En az 0 girin.');
    // An error on the policy as a whole names the nested field it is about in its message (core's bookingPolicyRule).
    const whole = mapErrorsToFields([{ field: 'bookingPolicy', code: 'required', message: 'bookingPolicy.cancelReturnsSession is required.' }], 'en');
    assert.deepEqual(whole.byField['bookingPolicy.cancelReturnsSession']?.map((e) => e.localizedMessage), ['Please fill in this field.']);
    assert.equal(placePolicyError({ field: 'bookingPolicy', code: 'invalid_type', message: 'bookingPolicy must be an object (got 5).' }).field, 'bookingPolicy');
  });
});
