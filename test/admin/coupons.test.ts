import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  couponFormFields,
  couponFormValuesToInput,
  emptyCouponFormValues,
  fieldErrorsOf,
  isCouponFieldVisible,
  isValidationError,
  type CouponCreate,
} from '../../src/admin/index.js';
import { isApiError, isResponseValidationError } from '../../src/http/errors.js';
import { recordingFetch, useApi } from './helpers.js';

const api = useApi();

/** The fields an error names. */
const fields = (error: unknown) => fieldErrorsOf(error).map((each) => each.field);

const spring: CouponCreate = { title: ' Spring ', count: 3, value: { percentOff: 15 }, startsAt: '2031-01-01T01:00:00+01:00' };

describe('admin client: coupons', () => {
  it('round-trips create, get, list and deactivate', async () => {
    const admin = api.admin();
    const created = await admin.coupons.create(spring);
    assert.match(created.id, /^cpn_/);
    assert.deepEqual(
      [created.title, created.codes.length, created.value, created.appliesTo, created.usesPerCustomer, created.newMembersOnly, created.startsAt, created.active],
      ['Spring', 3, { percentOff: 15 }, 'initial', 1, false, '2031-01-01T00:00:00Z', true],
    );
    for (const { code, uses } of created.codes) {
      assert.match(code, /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      assert.equal(uses, 0);
    }
    assert.deepEqual(await admin.coupons.get(created.id), created);

    const named = await admin.coupons.create({ title: 'Friends', code: 'friends-31', value: { giftCredits: 4 }, startsAt: '2031-01-01T00:00:00Z', totalUses: 20 });
    assert.deepEqual([named.codes, named.value, named.totalUses], [[{ code: 'FRIENDS-31', uses: 0 }], { giftCredits: 4 }, 20]);
    await assert.rejects(
      admin.coupons.create({ title: 'Again', code: 'Friends-31', value: { percentOff: 5 }, startsAt: '2031-01-01T00:00:00Z' }),
      (error) => isApiError(error) && error.status === 422 && fieldErrorsOf(error).some((each) => each.field === 'code' && each.code === 'code_taken'),
    );

    // Newest first, a page at a time (two creates may share a millisecond: ties go by id).
    const first = await admin.coupons.list({ limit: 1 });
    assert.ok(first.nextCursor !== null);
    const second = await admin.coupons.list({ limit: 1, cursor: first.nextCursor });
    assert.equal(second.nextCursor, null);
    const paged = [...first.data, ...second.data];
    assert.deepEqual(paged.map((each) => each.id).sort(), [created.id, named.id].sort());
    assert.ok(Date.parse(paged[0]!.createdAt) >= Date.parse(paged[1]!.createdAt));

    const off = await admin.coupons.deactivate(created.id);
    assert.deepEqual(off, { ...created, active: false });
    assert.deepEqual(await admin.coupons.deactivate(created.id), off);
    assert.deepEqual((await admin.coupons.list({ active: false })).data.map((each) => each.id), [created.id]);
    await assert.rejects(admin.coupons.get('cpn_missing'), (error) => isApiError(error) && error.code === 'not_found');
  });

  it('checks inputs before sending, each error naming its field', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const bad = { title: '', count: 3, code: 'ALSO', value: { giftCredits: 5 }, appliesTo: 'campaign', startsAt: '2031-02-01T00:00:00Z', expiresAt: '2031-01-01T00:00:00Z' };
    await assert.rejects(admin.coupons.create(bad as CouponCreate), (error) => {
      assert.ok(isValidationError(error));
      assert.deepEqual(fields(error).sort(), ['appliesTo', 'code', 'expiresAt', 'title']);
      return true;
    });
    const neither = { title: 'x', value: { percentOff: 5 }, startsAt: '2031-02-01T00:00:00Z' } as CouponCreate;
    await assert.rejects(admin.coupons.create(neither), (error) => isValidationError(error) && /count.*code/.test(fieldErrorsOf(error)[0]?.message ?? ''));
    await assert.rejects(admin.coupons.list({ limit: 201 }), (error) => isValidationError(error) && fields(error).includes('limit'));
    await assert.rejects(admin.coupons.get(''), TypeError);
    assert.equal(recorder.requests.length, 0);
  });

  it('names an unknown expert from the server', async () => {
    const admin = api.admin();
    const expertId = await api.addExpert('exp_coupon_sdk');
    await assert.rejects(
      admin.coupons.create({ ...spring, expertIds: [expertId, 'exp_nobody'] }),
      (error) => isApiError(error) && error.status === 422 && fields(error).join() === 'expertIds[1]',
    );
  });

  it('refuses an answer that is not a coupon', async () => {
    const fake: typeof fetch = async () =>
      new Response(JSON.stringify({ id: 'cpn_1', title: 'x', codes: [], value: { percentOff: 5 } }), { status: 200, headers: { 'content-type': 'application/json' } });
    await assert.rejects(api.admin(fake).coupons.get('cpn_1'), (error) => isResponseValidationError(error));
  });

  it('describes the coupon form in each admin language, showing fields by the choices made', () => {
    const en = couponFormFields('en');
    assert.deepEqual(en.map((field) => field.name), [
      'title', 'codeMode', 'count', 'code', 'valueKind', 'percentOff', 'giftCredits', 'appliesTo',
      'usesPerCustomer', 'totalUses', 'startsAt', 'expiresAt', 'newMembersOnly', 'expertIds',
    ]);
    const visible = (values: Record<string, string>) => en.filter((field) => isCouponFieldVisible(field, values)).map((field) => field.name);
    assert.deepEqual(visible({ codeMode: 'code', valueKind: 'giftCredits' }), [
      'title', 'codeMode', 'code', 'valueKind', 'giftCredits', 'usesPerCustomer', 'totalUses', 'startsAt', 'expiresAt', 'newMembersOnly', 'expertIds',
    ]);
    assert.deepEqual([en.find((field) => field.name === 'count')?.max, en.find((field) => field.name === 'percentOff')?.max], [500, 100]);
    assert.deepEqual(en.find((field) => field.name === 'valueKind')?.options?.map((option) => option.label), ['Percentage discount', 'Gift credits']);
    assert.equal(couponFormFields('de-AT').find((field) => field.name === 'expiresAt')?.label, 'Läuft ab');
    assert.deepEqual(couponFormFields('de').find((field) => field.name === 'codeMode')?.options?.map((option) => option.label), ['Codes erzeugen', 'Ein eigener Code']);
    assert.equal(couponFormFields('tr').find((field) => field.name === 'usesPerCustomer')?.label, 'Müşteri başına kullanım');
    assert.equal(couponFormFields('ar').find((field) => field.name === 'newMembersOnly')?.label, 'للأعضاء الجدد فقط');
    assert.equal(couponFormFields('xx')[0]?.label, 'Title');
    assert.ok(Object.isFrozen(en) && Object.isFrozen(en[0]));
  });

  it('reads form values into a coupon the server stores', async () => {
    const values = { ...emptyCouponFormValues(), title: ' Welcome ', count: '2', code: 'IGNORED', percentOff: '10', giftCredits: '99', totalUses: '', startsAt: '2031-01-01T00:00:00Z' };
    const input = couponFormValuesToInput(values);
    assert.deepEqual(input, { title: 'Welcome', count: 2, value: { percentOff: 10 }, appliesTo: 'initial', usesPerCustomer: 1, startsAt: '2031-01-01T00:00:00Z', newMembersOnly: false });
    const created = await api.admin().coupons.create(input as CouponCreate);
    assert.deepEqual([created.codes.length, created.value, created.totalUses], [2, { percentOff: 10 }, null]);

    const gift = couponFormValuesToInput({ ...values, codeMode: 'code', valueKind: 'giftCredits', appliesTo: 'campaign', newMembersOnly: 'true', expertIds: ['exp_1'] });
    assert.deepEqual(gift, { title: 'Welcome', code: 'IGNORED', value: { giftCredits: 99 }, usesPerCustomer: 1, startsAt: '2031-01-01T00:00:00Z', newMembersOnly: true, expertIds: ['exp_1'] });
    // Text that is no number stays text, and the SDK names the field without sending anything.
    const recorder = recordingFetch();
    const bad = couponFormValuesToInput({ ...values, percentOff: 'ten' });
    await assert.rejects(api.admin(recorder.fetch).coupons.create(bad as CouponCreate), (error) => isValidationError(error) && fields(error).join() === 'value');
    assert.equal(recorder.requests.length, 0);
  });
});
