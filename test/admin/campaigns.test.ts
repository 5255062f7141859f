import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  campaignFormFields,
  campaignFormValuesOf,
  campaignFormValuesToInput,
  isCampaignFieldVisible,
  isValidationError,
  isVersionConflict,
  fieldErrorsOf,
  type CampaignInput,
} from '../../src/admin/index.js';
import { isApiError, isResponseValidationError } from '../../src/http/errors.js';
import { recordingFetch, useApi } from './helpers.js';

const api = useApi();

/** The fields an error names. */
const fields = (error: unknown) => fieldErrorsOf(error).map((each) => each.field);

const window = { startsAt: '2031-01-01T00:00:00Z', endsAt: '2031-02-01T00:00:00Z', active: true };

describe('admin client: campaigns', () => {
  it('round-trips create, get, list, update and end, refusing a stale version', async () => {
    const admin = api.admin();
    const pkg = await admin.creditPackages.create({ title: 'Pack', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 0 });
    const created = await admin.campaigns.create({ ...window, type: 'discount_selected_credit_packages', title: ' Spring ', creditPackageIds: [pkg.id], percentOff: 15 });
    assert.equal(created.version, 1);
    assert.equal(created.title, 'Spring');
    assert.deepEqual(await admin.campaigns.get(created.id), created);
    const page = await admin.campaigns.list({ type: 'discount_selected_credit_packages', active: true, limit: 10 });
    assert.deepEqual(page.data.map((item) => item.id), [created.id]);
    assert.equal(page.nextCursor, null);

    const fixed = await admin.campaigns.update(created.id, { amountOff: 500, currency: 'EUR' }, { version: 1 });
    assert.equal(fixed.version, 2);
    assert.ok(fixed.type === 'discount_selected_credit_packages' && fixed.amountOff === 500 && fixed.percentOff === undefined);
    await assert.rejects(admin.campaigns.update(created.id, { title: 'Stale' }, { version: 1 }), (error) => isVersionConflict(error));

    const ended = await admin.campaigns.end(created.id, { version: 2 });
    assert.deepEqual([ended.version, ended.active], [3, false]);
    // A running campaign ends at the server's now.
    const endedAgo = api.now().getTime() - Date.parse(ended.endsAt);
    assert.ok(endedAgo >= 0 && endedAgo < 60_000, ended.endsAt);
    await assert.rejects(admin.campaigns.get('cmp_missing'), (error) => isApiError(error) && error.code === 'not_found');
  });

  it('checks inputs before sending, each error naming its field', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const bad = { ...window, type: 'gift_new_members', title: '', giftCredits: 0, percentOff: 5, endsAt: window.startsAt } as unknown as CampaignInput;
    await assert.rejects(admin.campaigns.create(bad), (error) => {
      assert.ok(isValidationError(error));
      assert.deepEqual(fields(error).sort(), ['endsAt', 'giftCredits', 'percentOff', 'title']);
      return true;
    });
    await assert.rejects(admin.campaigns.update('cmp_x', { type: 'gift_new_members' } as never, { version: 1 }), (error) => isValidationError(error) && fields(error).includes('type'));
    await assert.rejects(admin.campaigns.list({ limit: 0 }), (error) => isValidationError(error) && fields(error).includes('limit'));
    await assert.rejects(admin.campaigns.end('cmp_x', { version: 0 }), TypeError);
    assert.equal(recorder.requests.length, 0);
  });

  it('passes the server 422 on package rules through, naming the field', async () => {
    const admin = api.admin();
    const usd = await admin.creditPackages.create({ title: 'USD pack', credits: 5, price: 1000, currency: 'USD', country: 'US', active: true, listingOrder: 0 });
    const input: CampaignInput = { ...window, type: 'discount_selected_credit_packages', title: 'EUR off', creditPackageIds: [usd.id], amountOff: 100, currency: 'EUR' };
    await assert.rejects(admin.campaigns.create(input), (error) => isApiError(error) && error.status === 422 && fields(error).includes('creditPackageIds[0]'));
  });

  it('refuses an answer that is not a campaign of its type', async () => {
    const fake: typeof fetch = async () =>
      new Response(JSON.stringify({ id: 'cmp_1', version: 1, type: 'gift_new_members', title: 'x', ...window, percentOff: 5 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    await assert.rejects(api.admin(fake).campaigns.get('cmp_1'), (error) => isResponseValidationError(error));
  });

  it('describes the campaign form per type, in each admin language', () => {
    const en = campaignFormFields('en');
    assert.deepEqual(en.map((field) => field.name), ['type', 'title', 'startsAt', 'endsAt', 'active', 'giftCredits', 'signedUpAfter', 'creditPackageIds', 'percentOff', 'currency', 'amountOff']);
    const visible = (type: string) => en.filter((field) => isCampaignFieldVisible(field, type)).map((field) => field.name);
    assert.deepEqual(visible('gift_first_verification'), ['type', 'title', 'startsAt', 'endsAt', 'active', 'giftCredits', 'signedUpAfter']);
    assert.deepEqual(visible('discount_all_credit_packages'), ['type', 'title', 'startsAt', 'endsAt', 'active', 'percentOff']);
    assert.equal(en.find((field) => field.name === 'percentOff')?.max, 100);
    assert.equal(campaignFormFields('de-AT').find((field) => field.name === 'type')?.label, 'Kampagnentyp');
    assert.equal(campaignFormFields('tr').find((field) => field.name === 'endsAt')?.label, 'Bitiş');
    assert.equal(campaignFormFields('ar').find((field) => field.name === 'title')?.label, 'العنوان');
    assert.equal(campaignFormFields('xx')[0]?.options?.[0]?.label, 'Gift credits to new members');
    assert.ok(Object.isFrozen(en) && Object.isFrozen(en[0]));
    const amountOff = en.find((field) => field.name === 'amountOff');
    assert.deepEqual([amountOff?.kind, amountOff?.currencyField, amountOff?.unit], ['money', 'currency', undefined]);
  });

  it('reads a fixed discount typed in major units as minor units, and shows it back in major units', async () => {
    const form = campaignFormFields('en');
    const values = {
      type: 'discount_selected_credit_packages', title: ' Five off ', startsAt: window.startsAt, endsAt: window.endsAt, active: 'true',
      giftCredits: '12', signedUpAfter: '', percentOff: '', amountOff: '5.50', currency: 'EUR', creditPackageIds: ['cpk_1'],
    };
    // Fields of other types are left out; the currency goes with the amount.
    assert.deepEqual(campaignFormValuesToInput(values, form), {
      type: 'discount_selected_credit_packages', title: 'Five off', startsAt: window.startsAt, endsAt: window.endsAt, active: true,
      creditPackageIds: ['cpk_1'], amountOff: 550, currency: 'EUR',
    });
    assert.equal(campaignFormValuesToInput({ ...values, amountOff: '1500', currency: 'JPY' }, form).amountOff, 1500);
    assert.equal(campaignFormValuesToInput({ ...values, amountOff: '12,345', currency: 'KWD' }, form).amountOff, 12345);
    // A percentage takes no currency, even when the currency select holds one.
    const percent = campaignFormValuesToInput({ ...values, amountOff: '', percentOff: '15' }, form);
    assert.deepEqual([percent.percentOff, 'amountOff' in percent, 'currency' in percent], [15, false, false]);

    // Too many decimals stay text, and the SDK names the field without sending anything.
    const recorder = recordingFetch();
    const bad = campaignFormValuesToInput({ ...values, amountOff: '5.505' }, form);
    assert.equal(bad.amountOff, '5.505');
    await assert.rejects(api.admin(recorder.fetch).campaigns.create(bad as unknown as CampaignInput), (error) => isValidationError(error) && fields(error).includes('amountOff'));
    assert.equal(recorder.requests.length, 0);

    // The wire keeps minor units: what the form sends is stored and shown back as typed.
    const admin = api.admin();
    const pkg = await admin.creditPackages.create({ title: 'Pack', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 0 });
    const created = await admin.campaigns.create(campaignFormValuesToInput({ ...values, creditPackageIds: [pkg.id] }, form) as unknown as CampaignInput);
    assert.ok(created.type === 'discount_selected_credit_packages' && created.amountOff === 550);
    const shown = campaignFormValuesOf(created, { currency: 'USD' });
    assert.deepEqual([shown.amountOff, shown.currency, shown.percentOff, shown.active, shown.creditPackageIds], ['5.50', 'EUR', '', 'true', [pkg.id]]);
    const gift = campaignFormValuesOf({ ...created, type: 'gift_new_members', giftCredits: 3 } as never, { currency: 'USD' });
    assert.deepEqual([gift.giftCredits, gift.currency], ['3', 'EUR']);
  });
});
