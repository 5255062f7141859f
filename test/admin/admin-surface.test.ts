import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  createAdminClient,
  createPackageStore,
  fieldErrorsOf,
  isApiError,
  isResponseValidationError,
  isValidationError,
  isVersionConflict,
  type CreditPackageInput,
  type SaleRow,
} from '../../src/admin/index.js';
import { ADMIN_KEY, PUBLISHABLE_KEY, packageInput, rawRequest, recordingFetch, useApi } from './helpers.js';

const api = useApi();

const creditInput = (overrides: Partial<CreditPackageInput> = {}): CreditPackageInput => ({
  title: '20 credits',
  credits: 20,
  price: 15000,
  currency: 'EUR',
  country: 'DE',
  active: true,
  listingOrder: 0,
  ...overrides,
});

/** Buys `packageId` through the public purchase route with the test provider. */
async function buy(body: Record<string, unknown>, customerToken?: string) {
  const response = await rawRequest(`${api.url}/v1/purchases`, {
    method: 'POST',
    key: PUBLISHABLE_KEY,
    body,
    headers: { 'idempotency-key': `sdk-${Math.random().toString(36).slice(2)}`, ...(customerToken ? { 'apptkit-customer': customerToken } : {}) },
  });
  return response;
}

describe('admin client: credit packages', () => {
  it('round-trips create, get, list, update and delete, refusing a stale version', async () => {
    const admin = api.admin();
    const created = await admin.creditPackages.create(creditInput({ title: '  Value pack ' }));
    assert.deepEqual(created, { ...creditInput({ title: 'Value pack' }), id: created.id, version: 1 });
    assert.deepEqual(await admin.creditPackages.get(created.id), created);
    assert.ok((await admin.creditPackages.list({ currency: 'EUR' })).some((pkg) => pkg.id === created.id));

    const updated = await admin.creditPackages.update(created.id, { price: 12000, active: false }, { version: 1 });
    assert.deepEqual(updated, { ...created, price: 12000, active: false, version: 2 });
    assert.deepEqual((await admin.creditPackages.list({ active: false })).map((pkg) => pkg.id), [created.id]);

    const stale = await admin.creditPackages.update(created.id, { price: 1 }, { version: 1 }).catch((error: unknown) => error);
    assert.ok(isVersionConflict(stale));
    assert.equal(stale.currentVersion, 2);
    await assert.rejects(admin.creditPackages.delete(created.id, { version: 1 }), (error) => isVersionConflict(error) && error.currentVersion === 2);

    await admin.creditPackages.delete(created.id, { version: 2 });
    await assert.rejects(admin.creditPackages.get(created.id), (error) => isApiError(error) && error.status === 404 && error.code === 'not_found');
  });

  it('refuses bad fields before sending, naming each', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const bad = { ...creditInput(), title: '', credits: 0, currency: 'eur', country: 'Germany', active: 1 } as unknown as CreditPackageInput;
    const error = await admin.creditPackages.create(bad).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error));
    assert.deepEqual(fieldErrorsOf(error).map((e) => e.field).sort(), ['active', 'country', 'credits', 'currency', 'title']);
    await assert.rejects(admin.creditPackages.update('cpk_x', { listingOrder: -1 }, { version: 1 }), (e) => isValidationError(e) && e.fieldErrors[0]?.field === 'listingOrder');
    await assert.rejects(admin.creditPackages.list({ country: 'de' }), (e) => isValidationError(e) && e.fieldErrors[0]?.field === 'country');
    assert.equal(recorder.requests.length, 0, 'nothing was sent');
  });

  it('the server applies the same rules: a raw body gets a 422 naming the field', async () => {
    // The SDK checks every rule it knows; send a raw body to see the server's own check agree.
    const response = await rawRequest(`${api.url}/v1/admin/credit-packages`, { method: 'POST', body: { ...creditInput(), price: -5 } });
    assert.equal(response.status, 422);
    assert.deepEqual((response.body?.errors as { field: string }[]).map((e) => e.field), ['price']);
  });

  it('checks answers at run time', async () => {
    const admin = createAdminClient({
      baseUrl: api.url,
      apiKey: ADMIN_KEY,
      fetch: async () => new Response(JSON.stringify({ id: 'cpk_1', version: 1, ...creditInput(), credits: -3 }), { status: 200, headers: { 'content-type': 'application/json' } }),
    });
    const error = await admin.creditPackages.get('cpk_1').catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error));
    assert.equal(error.issues[0]?.path, '$.credits');
  });
});

describe('admin client: phone balance and package warnings', () => {
  it('surfaces the phone_balance_empty warning at zero balance, and none after a top-up', async () => {
    const admin = api.admin();
    const expertId = await api.addExpert('exp_sdk_phone');
    assert.deepEqual(await admin.phoneBalance.get(), { balance: 0, currency: 'USD' });

    const phone = await admin.packages.create({ expertId, ...packageInput({ service: 'phone', title: 'Phone advice' }) });
    assert.equal(phone.title, 'Phone advice');
    assert.deepEqual(phone.warnings?.map((warning) => warning.code), ['phone_balance_empty']);
    const video = await admin.packages.create({ expertId, ...packageInput({ service: 'video' }) });
    assert.equal(video.warnings, undefined);
    const switched = await admin.packages.update(video.id, { service: 'phone' }, { version: video.version });
    assert.deepEqual(switched.warnings?.map((warning) => warning.code), ['phone_balance_empty']);

    const store = createPackageStore(admin, { expertId });
    await store.load();
    await store.create(packageInput({ service: 'phone', title: 'From the store', listingOrder: 5 }));
    const listed = store.getSnapshot().items.find((pkg) => pkg.title === 'From the store');
    assert.ok(listed && !('warnings' in listed), 'a live list keeps packages, not the warnings of their writes');
    // The store keeps packages as the admin's writes answer them: without the public list's effectivePolicy.
    const listedOnServer = (await admin.experts.packages(expertId)).map(({ effectivePolicy: _effective, ...pkg }) => pkg);
    assert.deepEqual(store.getSnapshot().items.map((pkg) => ({ ...pkg })), listedOnServer);

    await assert.rejects(admin.phoneBalance.topUp({ amount: 0 }), (e) => isValidationError(e) && e.fieldErrors[0]?.field === 'amount');
    assert.deepEqual(await admin.phoneBalance.topUp({ amount: 1000 }), { balance: 1000, currency: 'USD' });
    const key = 'idem_sdk_topup_1';
    await admin.phoneBalance.topUp({ amount: 250 }, { idempotencyKey: key });
    assert.deepEqual(await admin.phoneBalance.topUp({ amount: 250 }, { idempotencyKey: key }), { balance: 1250, currency: 'USD' });
    assert.deepEqual(await admin.phoneBalance.get(), { balance: 1250, currency: 'USD' });

    const later = await admin.packages.create({ expertId, ...packageInput({ service: 'phone' }) });
    assert.equal(later.warnings, undefined);
    const again = await admin.packages.update(switched.id, { title: 'Still phone' }, { version: switched.version });
    assert.equal(again.warnings, undefined);
  });
});

describe('admin client: customers and the sales report', () => {
  it('mints customer tokens that sign the customer in on GET /v1/me, and grants credits', async () => {
    const admin = api.admin();
    const minted = await admin.customerTokens.create({ email: 'Dana@SDK.example', name: 'Dana' });
    assert.match(minted.customerId, /^cus_/);
    assert.ok(Date.parse(minted.expiresAt) > api.now().getTime());
    const balance = await admin.customers.grantCredits(minted.customerId, { amount: 30, reason: 'welcome' });
    assert.deepEqual(balance, { customerId: minted.customerId, credits: 30 });

    const me = await rawRequest(`${api.url}/v1/me`, { key: PUBLISHABLE_KEY, headers: { 'apptkit-customer': minted.token } });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, { id: minted.customerId, email: 'Dana@SDK.example', name: 'Dana', credits: 30 });

    const same = await admin.customerTokens.create({ email: 'dana@sdk.example' });
    assert.equal(same.customerId, minted.customerId, 'the same customer, found by e-mail');
    assert.notEqual(same.token, minted.token);

    await assert.rejects(admin.customerTokens.create({ email: 'not an address' }), (e) => isValidationError(e) && e.fieldErrors[0]?.field === 'email');
    await assert.rejects(admin.customers.grantCredits(minted.customerId, { amount: 1.5, reason: '' }), (e) => isValidationError(e) && fieldErrorsOf(e).length === 2);
    await assert.rejects(admin.customers.grantCredits('cus_nobody', { amount: 1, reason: 'x' }), (e) => isApiError(e) && e.status === 404);
  });

  it('reports succeeded, declined and credits purchases, filtered and paged', async () => {
    const admin = api.admin();
    const expertId = await api.addExpert('exp_sdk_sales');
    const pkg = await admin.packages.create({ expertId, ...packageInput({ fee: 9900, credits: 5, currency: 'GBP', country: 'GB' }) });
    const paid = await buy({ packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Eve', email: 'eve@sdk.example' } });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const declined = await buy({ packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_declined', guest: { name: 'Eve', email: 'eve@sdk.example' } });
    assert.equal(declined.status, 402);
    const customer = await admin.customerTokens.create({ email: 'fay@sdk.example' });
    await admin.customers.grantCredits(customer.customerId, { amount: 5, reason: 'test' });
    const byCredits = await buy({ packageId: pkg.id, method: 'credits' }, customer.token);
    assert.equal(byCredits.status, 201, JSON.stringify(byCredits.body));

    const page = await admin.reports.sales({ expertId });
    assert.deepEqual(page.items.map((row) => [row.method, row.status, row.amount, row.credits]), [
      ['credits', 'succeeded', 0, 5],
      ['card', 'failed', 9900, null],
      ['card', 'succeeded', 9900, null],
    ]);
    assert.equal(page.items[1]?.purchaseId, declined.body?.purchaseId);
    assert.equal(page.items[1]?.customerEmail, 'eve@sdk.example');
    assert.deepEqual(page.items.map((row) => [row.kind, row.packageId, row.packageTitle, row.expertId]), Array(3).fill(['package', pkg.id, pkg.title, expertId]));
    assert.deepEqual(page.items.map((row) => row.customerName), ['', 'Eve', 'Eve']);
    assert.deepEqual(page.totals, [{ currency: 'GBP', succeeded: 9900, failed: 9900, count: 3, credits: 5 }]);
    assert.equal(page.nextCursor, null);

    const failed = await admin.reports.sales({ expertId, status: 'failed' });
    assert.deepEqual(failed.items.map((row) => row.failureCode !== null), [true]);
    const future = await admin.reports.sales({ expertId, from: new Date(api.now().getTime() + 3_600_000) });
    assert.deepEqual(future, { items: [], nextCursor: null, totals: [] });

    const rows: SaleRow[] = [];
    let pages = 0;
    for await (const one of admin.reports.salesPages({ expertId, limit: 1 })) {
      pages++;
      rows.push(...one.items);
      assert.deepEqual(one.totals, page.totals);
    }
    assert.equal(pages, 3);
    assert.deepEqual(rows.map((row) => row.id), page.items.map((row) => row.id));

    const recorder = recordingFetch();
    const checked = api.admin(recorder.fetch);
    const error = await checked.reports.sales({ from: 'yesterday', status: 'refunded' as 'failed', limit: 500 }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error));
    assert.deepEqual(error.fieldErrors.map((e) => e.field), ['from', 'status', 'limit']);
    assert.equal(recorder.requests.length, 0);
    await assert.rejects(admin.reports.sales({ cursor: 'not-a-cursor' }), (e) => isApiError(e) && e.status === 422 && e.fieldErrors[0]?.field === 'cursor');
  });

  it('writes the report as CSV: free and credit-package sales included, local times in the named zone, formulas neutralised', async () => {
    const admin = api.admin();
    const expertId = await api.addExpert('exp_sdk_csv');
    const free = await admin.packages.create({ expertId, ...packageInput({ fee: 0, credits: null, currency: 'EUR', country: 'DE', title: 'Intro, free' }) });
    const paid = await admin.packages.create({ expertId, ...packageInput({ fee: 4500, credits: null, currency: 'EUR', country: 'DE', title: 'Session' }) });
    const pack = await admin.creditPackages.create(creditInput({ title: '@7 credits', credits: 7, price: 2500, currency: 'CHF', country: 'CH' }));
    const freeSale = await buy({ packageId: free.id, method: 'free', guest: { name: '=cmd|"x"', email: 'csv1@sdk.example' } });
    assert.equal(freeSale.status, 201, JSON.stringify(freeSale.body));
    const cardSale = await buy({ packageId: paid.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Ann, "A" Smith', email: 'csv2@sdk.example' } });
    assert.equal(cardSale.status, 201, JSON.stringify(cardSale.body));
    const cy = await admin.customerTokens.create({ email: 'csv3@sdk.example', name: 'Cy' });
    const creditSale = await rawRequest(`${api.url}/v1/credit-purchases`, {
      method: 'POST',
      key: PUBLISHABLE_KEY,
      body: { creditPackageId: pack.id, paymentMethod: 'pm_card_visa' },
      headers: { 'idempotency-key': 'sdk-csv-credit', 'apptkit-customer': cy.token },
    });
    assert.equal(creditSale.status, 201, JSON.stringify(creditSale.body));
    const idOf = (response: { body?: unknown }) => String((response.body as { id?: unknown } | undefined)?.id);
    const ids = { free: idOf(freeSale), card: idOf(cardSale), credit: idOf(creditSale) };

    // Summer (+02:00 in Berlin), a year's last half hour (UTC) and a day in between.
    const db = api.server.database;
    await db.query("UPDATE purchases SET created_at = '2032-07-01T10:00:00Z' WHERE id = $1", [ids.free]);
    await db.query("UPDATE payment_attempts SET created_at = '2032-12-31T23:30:00Z' WHERE purchase_id = $1", [ids.card]);
    await db.query("UPDATE payment_attempts SET created_at = '2032-08-01T00:00:00Z' WHERE credit_purchase_id = $1", [ids.credit]);
    const range = { from: '2032-01-01T00:00:00Z', to: '2033-01-02T00:00:00Z' };
    const rows = (await admin.reports.sales(range)).items;
    assert.deepEqual(rows.map((row) => row.purchaseId), [ids.card, ids.credit, ids.free]);
    const [card, credit, freeRow] = rows as [SaleRow, SaleRow, SaleRow];

    const csv = await admin.reports.salesCsv({ ...range, timeZone: 'Europe/Berlin' });
    assert.deepEqual(csv.split('\r\n'), [
      'Created (Europe/Berlin),Created (UTC),Row,Kind,Purchase,Package id,Package title,Expert,Customer id,Customer name,Customer e-mail,Method,Provider,Amount (minor units),Currency,Credits,Status,Failure code,Campaign,Campaign discount,Coupon,Coupon code,Coupon discount',
      `2033-01-01 00:30:00,2032-12-31T23:30:00Z,${card.id},package,${ids.card},${paid.id},Session,${expertId},${card.customerId},"Ann, ""A"" Smith",csv2@sdk.example,card,test,4500,EUR,,succeeded,,,0,,,0`,
      `2032-08-01 02:00:00,2032-08-01T00:00:00Z,${credit.id},credit_package,${ids.credit},${pack.id},'@7 credits,,${cy.customerId},Cy,csv3@sdk.example,card,test,2500,CHF,,succeeded,,,0,,,0`,
      `2032-07-01 12:00:00,2032-07-01T10:00:00Z,${ids.free},package,${ids.free},${free.id},"Intro, free",${expertId},${freeRow.customerId},"'=cmd|""x""",csv1@sdk.example,free,none,0,EUR,,succeeded,,,0,,,0`,
      '',
    ]);
    const tokyo = await admin.reports.salesCsv({ ...range, timeZone: 'Asia/Tokyo', status: 'succeeded' });
    assert.match(tokyo, /^Created \(Asia\/Tokyo\),/);
    assert.match(tokyo, /\r\n2033-01-01 08:30:00,2032-12-31T23:30:00Z,/);

    const recorder = recordingFetch();
    const checked = api.admin(recorder.fetch);
    const badZone = await checked.reports.salesCsv({ timeZone: 'Mars/Olympus' }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(badZone));
    assert.deepEqual(badZone.fieldErrors.map((e) => [e.field, e.code]), [['timeZone', 'unknown_time_zone']]);
    const badRange = await checked.reports.salesCsv({ from: 'yesterday', timeZone: 'UTC' }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(badRange));
    assert.deepEqual(badRange.fieldErrors.map((e) => e.field), ['from']);
    assert.equal(recorder.requests.length, 0);
  });

  it('refuses a report answer whose rows contradict their kind, method or status', async () => {
    const row = { id: '1', kind: 'credit_package', purchaseId: 'cpu_x', createdAt: '2030-01-01T00:00:00Z', customerId: 'cus_x', customerName: '', customerEmail: 'x@y.example', expertId: 'exp_x', packageId: 'cpk_x', packageTitle: null, method: 'free', provider: 'none', amount: 5, currency: 'EUR', credits: null, status: 'failed', failureCode: null, campaignId: null, campaignDiscount: 0, couponId: null, couponCode: null, couponDiscount: 0 };
    const totals = [{ currency: 'USD', succeeded: 0, failed: 0, count: 1, credits: 0 }, { currency: 'EUR', succeeded: 0, failed: 0, count: 1, credits: 0 }];
    const fake: typeof globalThis.fetch = async () => new Response(JSON.stringify({ data: [row], nextCursor: null, totals }), { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await api.admin(fake).reports.sales().catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error), String(error));
    const paths = error.issues.map((issue) => issue.path).join(' ');
    for (const field of ['data[0].expertId', 'data[0].method', 'data[0].amount', 'data[0].failureCode', 'totals[1].currency']) assert.ok(paths.includes(field), `${field} in ${paths}`);
  });
});
