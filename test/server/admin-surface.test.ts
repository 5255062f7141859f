import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, createExpert, createPackage, startTestServer, type TestServer } from './harness.js';
import { grant, newKey, purchase, signIn } from './checkout-fixtures.js';

interface CreditPackage {
  id: string;
  version: number;
  title: string;
  credits: number;
  price: number;
  currency: string;
  country: string;
  active: boolean;
  listingOrder: number;
}

interface SaleRow {
  id: string;
  kind: 'package' | 'credit_package';
  purchaseId: string;
  createdAt: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  expertId: string | null;
  packageId: string;
  packageTitle: string | null;
  method: string;
  provider: string;
  amount: number;
  currency: string;
  credits: number | null;
  status: string;
  failureCode: string | null;
}

interface SalesTotal {
  currency: string;
  succeeded: number;
  failed: number;
  count: number;
  credits: number;
}

interface SalesReport {
  data: SaleRow[];
  nextCursor: string | null;
  totals: SalesTotal[];
}

const creditInput = (overrides: Partial<CreditPackage> = {}) => ({
  title: '10 credits',
  credits: 10,
  price: 9000,
  currency: 'EUR',
  country: 'DE',
  active: true,
  listingOrder: 1,
  ...overrides,
});

const fieldsOf = (problem: { errors?: { field: string }[] }) => (problem.errors ?? []).map((error) => error.field).sort();

describe('admin surface', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer();
  });
  after(() => test.close());

  describe('credit packages', () => {
    const create = (body: unknown) => test.call<CreditPackage>('/v1/admin/credit-packages', { method: 'POST', body });

    it('round-trips create, read, update and delete with versions', async () => {
      const created = await create(creditInput({ title: '  Starter pack  ' }));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.match(created.body.id, /^cpk_[a-z2-7]{20}$/);
      assert.deepEqual(created.body, { ...creditInput({ title: 'Starter pack' }), id: created.body.id, version: 1 });
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.headers.get('location'), `/v1/admin/credit-packages/${created.body.id}`);

      const path = `/v1/admin/credit-packages/${created.body.id}`;
      const read = await test.call<CreditPackage>(path);
      assert.deepEqual(read.body, created.body);

      const updated = await test.call<CreditPackage>(path, { method: 'PATCH', body: { price: 8500, active: false }, headers: { 'if-match': '"1"' } });
      assert.equal(updated.status, 200);
      assert.deepEqual(updated.body, { ...created.body, price: 8500, active: false, version: 2 });
      assert.equal(updated.headers.get('etag'), '"2"');

      const stale = await test.call(path, { method: 'PATCH', body: { price: 1 }, headers: { 'if-match': '"1"' } });
      assert.equal(assertProblem(stale, 412, 'version_conflict').currentVersion, 2);
      assertProblem(await test.call(path, { method: 'PATCH', body: { price: 1 } }), 428, 'precondition_required');
      assertProblem(await test.call(path, { method: 'DELETE', headers: { 'if-match': '"1"' } }), 412, 'version_conflict');

      const deleted = await test.call(path, { method: 'DELETE', headers: { 'if-match': '"2"' } });
      assert.equal(deleted.status, 204);
      assertProblem(await test.call(path), 404, 'not_found');
    });

    it('names every bad field in one 422, on create and on update', async () => {
      const response = await create({ title: ' ', credits: 0, price: -1, currency: 'EURO', country: 'XX', active: 'yes', listingOrder: 1.5, version: 3, colour: 'red' });
      const problem = assertProblem(response, 422, 'validation_failed');
      assert.deepEqual(fieldsOf(problem), ['active', 'colour', 'country', 'credits', 'currency', 'listingOrder', 'price', 'title', 'version']);
      const missing = assertProblem(await create({}), 422, 'validation_failed');
      assert.deepEqual(fieldsOf(missing), ['active', 'country', 'credits', 'currency', 'listingOrder', 'price', 'title']);

      const pkg = (await create(creditInput())).body;
      const patch = await test.call(`/v1/admin/credit-packages/${pkg.id}`, { method: 'PATCH', body: { credits: 'ten', currency: 'eur' }, headers: { 'if-match': '"1"' } });
      const patchProblem = assertProblem(patch, 422, 'validation_failed');
      assert.deepEqual(fieldsOf(patchProblem), ['credits', 'currency']);
      assert.match(patchProblem.errors?.find((error) => error.field === 'currency')?.message ?? '', /use "EUR"/);
      assert.equal((await test.call<CreditPackage>(`/v1/admin/credit-packages/${pkg.id}`)).body.version, 1, 'a refused update changes nothing');
    });

    it('lists only active ones of the market publicly, in listing order; admins see all', async () => {
      const later = (await create(creditInput({ title: 'Big JP', currency: 'JPY', country: 'JP', price: 10000, listingOrder: 9 }))).body;
      const first = (await create(creditInput({ title: 'Small JP', currency: 'JPY', country: 'JP', price: 1000, listingOrder: 2 }))).body;
      const hidden = (await create(creditInput({ title: 'Hidden JP', currency: 'JPY', country: 'JP', active: false, listingOrder: 0 }))).body;

      const shown = await test.call<{ data: CreditPackage[] }>('/v1/credit-packages?country=JP&currency=JPY', { origin: 'https://shop.example' });
      assert.equal(shown.status, 200);
      assert.deepEqual(shown.body.data.map((pkg) => pkg.id), [first.id, later.id]);

      const admin = await test.call<{ data: CreditPackage[] }>('/v1/admin/credit-packages?country=JP');
      assert.deepEqual(admin.body.data.map((pkg) => pkg.id), [hidden.id, first.id, later.id]);
      const inactive = await test.call<{ data: CreditPackage[] }>('/v1/admin/credit-packages?country=JP&active=false');
      assert.deepEqual(inactive.body.data.map((pkg) => pkg.id), [hidden.id]);

      // Without a market: only the default country's offers (US, the seeded ones), never a mix.
      const home = await test.call<{ data: CreditPackage[] }>('/v1/credit-packages');
      assert.ok(home.body.data.length > 0);
      assert.deepEqual(home.body.data, (await test.call<{ data: CreditPackage[] }>('/v1/credit-packages?country=US')).body.data);
      assert.deepEqual([...new Set(home.body.data.map((pkg) => pkg.country))], ['US']);
      // A currency picks within the visitor's country: the default country sells no yen offers,
      // a Japanese visitor (by Accept-Language) sees them.
      const yenAtHome = await test.call<{ data: CreditPackage[] }>('/v1/credit-packages?currency=JPY');
      assert.deepEqual(yenAtHome.body.data, []);
      const yen = await test.call<{ data: CreditPackage[] }>('/v1/credit-packages?currency=JPY', { headers: { 'accept-language': 'ja-JP,ja;q=0.9' } });
      assert.deepEqual(yen.body.data.map((pkg) => pkg.id), [first.id, later.id]);

      const bad = assertProblem(await test.call('/v1/credit-packages?country=Japan&currency=yen'), 422, 'validation_failed');
      assert.deepEqual(fieldsOf(bad), ['country', 'currency']);
      assertProblem(await test.call('/v1/credit-packages', { key: null }), 401, 'missing_key');
      assertProblem(await test.call('/v1/admin/credit-packages', { key: 'publishable' }), 403, 'forbidden');
    });

    it("lists the configured default country's offers without a market", async () => {
      const turkish = await startTestServer({ defaultCountry: 'TR' });
      try {
        const home = await turkish.call<{ data: CreditPackage[] }>('/v1/credit-packages');
        assert.deepEqual(home.body.data.map((pkg) => [pkg.country, pkg.currency, pkg.title]), [['TR', 'TRY', '20 kredi']]);
      } finally {
        await turkish.close();
      }
    });
  });

  describe('phone balance and package warnings', () => {
    it('warns on phone package writes while the balance is zero, and not after a top-up', async () => {
      await createExpert(test, 'exp_phone_warn', 'UTC');
      const balance = await test.call<{ balance: number; currency: string }>('/v1/admin/phone-balance');
      assert.deepEqual(balance.body, { balance: 0, currency: 'USD' });

      const phone = await test.call<{ id: string; version: number; warnings?: { code: string; message: string }[] }>('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_phone_warn', appointmentType: 'online', service: 'phone', durationMinutes: 30, fee: 5000, credits: null, sessions: 1, breakMinutes: 0, country: 'US', currency: 'USD', listingOrder: 0, endMode: 'automatic', endTiming: 'scheduled_end', title: 'Call', description: '' },
      });
      assert.equal(phone.status, 201);
      assert.equal(phone.body.warnings?.length, 1);
      assert.equal(phone.body.warnings?.[0]?.code, 'phone_balance_empty');
      assert.match(phone.body.warnings?.[0]?.message ?? '', /phone balance is 0 USD/);
      const stored = await test.call<Record<string, unknown>>(`/v1/admin/packages/${phone.body.id}`);
      assert.equal('warnings' in stored.body, false, 'a read carries no warnings');

      const video = await createPackage(test, 'exp_phone_warn', { service: 'video' });
      assert.equal('warnings' in video, false, 'only phone packages are warned about');
      const toPhone = await test.call<{ warnings?: unknown[] }>(`/v1/admin/packages/${video.id}`, {
        method: 'PATCH',
        body: { service: 'phone' },
        headers: { 'if-match': `"${video.version}"` },
      });
      assert.equal(toPhone.status, 200);
      assert.equal(toPhone.body.warnings?.length, 1);

      const refused = assertProblem(await test.call('/v1/admin/phone-balance/top-ups', { method: 'POST', body: { amount: 0, note: 'x' } }), 422, 'validation_failed');
      assert.deepEqual(fieldsOf(refused), ['amount', 'note']);

      const topUp = await test.call<{ balance: number; currency: string }>('/v1/admin/phone-balance/top-ups', { method: 'POST', body: { amount: 2500 } });
      assert.equal(topUp.status, 200);
      assert.deepEqual(topUp.body, { balance: 2500, currency: 'USD' });
      const key = newKey('topup');
      const again = await test.call<{ balance: number }>('/v1/admin/phone-balance/top-ups', { method: 'POST', body: { amount: 500 }, headers: { 'idempotency-key': key } });
      const replay = await test.call<{ balance: number }>('/v1/admin/phone-balance/top-ups', { method: 'POST', body: { amount: 500 }, headers: { 'idempotency-key': key } });
      assert.equal(again.body.balance, 3000);
      assert.equal(replay.body.balance, 3000);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual((await test.call('/v1/admin/phone-balance')).body, { balance: 3000, currency: 'USD' });
      const { rows } = await test.server.database.query<{ amount: number | string }>('SELECT amount FROM phone_balance_ledger ORDER BY id');
      assert.deepEqual(rows.map((row) => Number(row.amount)), [2500, 500]);

      const afterTopUp = await createPackage(test, 'exp_phone_warn', { service: 'phone' });
      assert.equal('warnings' in afterTopUp, false);
    });
  });

  describe('sales report', () => {
    const report = (query = '') => test.call<SalesReport>(`/v1/admin/reports/sales${query}`);
    let card: { id: string };
    let declined: { purchaseId: string };
    let credits: { id: string };
    let eurTitle: string;

    before(async () => {
      await createExpert(test, 'exp_sales_a', 'UTC');
      await createExpert(test, 'exp_sales_b', 'UTC');
      const eur = await createPackage(test, 'exp_sales_a', { fee: 12000, credits: 12, currency: 'EUR', country: 'DE' });
      const usd = await createPackage(test, 'exp_sales_b', { fee: 7000, credits: null, currency: 'USD', country: 'US' });
      eurTitle = eur.title;
      const paid = await purchase(test, { packageId: eur.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Ana', email: 'ana@sales.example' } });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      card = paid.body;
      const failed = await purchase<{ purchaseId: string }>(test, { packageId: usd.id, method: 'card', paymentMethod: 'pm_card_declined', guest: { name: 'Bo', email: 'bo@sales.example' } });
      assertProblem(failed, 402, 'payment_declined');
      declined = failed.body;
      const customer = await signIn(test, 'cy@sales.example');
      await grant(test, customer.customerId, 20);
      const byCredits = await purchase(test, { packageId: eur.id, method: 'credits' }, { customer });
      assert.equal(byCredits.status, 201, JSON.stringify(byCredits.body));
      credits = byCredits.body;
      const second = await purchase(test, { packageId: usd.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Bo', email: 'bo@sales.example' } });
      assert.equal(second.status, 201);
    });

    it('lists succeeded, declined and credits purchases with totals per currency', async () => {
      const all = await report('?expertId=exp_sales_a');
      assert.equal(all.status, 200);
      const eurRows = all.body.data;
      assert.deepEqual(eurRows.map((row) => row.purchaseId), [credits.id, card.id], 'newest first');
      const [byCredits, byCard] = eurRows;
      assert.deepEqual({ ...byCard, id: undefined, createdAt: undefined, customerId: undefined }, {
        id: undefined,
        createdAt: undefined,
        customerId: undefined,
        kind: 'package',
        purchaseId: card.id,
        customerName: 'Ana',
        customerEmail: 'ana@sales.example',
        expertId: 'exp_sales_a',
        packageId: byCard?.packageId,
        packageTitle: eurTitle,
        method: 'card',
        provider: 'test',
        amount: 12000,
        currency: 'EUR',
        credits: null,
        status: 'succeeded',
        failureCode: null,
        campaignId: null,
        campaignDiscount: 0,
        couponId: null,
        couponCode: null,
        couponDiscount: 0,
      });
      assert.equal(byCredits?.method, 'credits');
      assert.equal(byCredits?.credits, 12);
      assert.equal(byCredits?.amount, 0);
      assert.equal(byCredits?.customerEmail, 'cy@sales.example');
      assert.deepEqual(all.body.totals, [{ currency: 'EUR', succeeded: 12000, failed: 0, count: 2, credits: 12 }]);

      const failed = await report('?status=failed');
      const failedRow = failed.body.data.find((row) => row.purchaseId === declined.purchaseId);
      assert.ok(failedRow, 'the declined card is listed');
      assert.equal(failedRow.status, 'failed');
      assert.equal(failedRow.amount, 7000);
      assert.equal(failedRow.currency, 'USD');
      assert.match(failedRow.failureCode ?? '', /declined/);
      assert.ok(failed.body.data.every((row) => row.status === 'failed'));

      const usd = await report('?expertId=exp_sales_b');
      assert.deepEqual(usd.body.totals, [{ currency: 'USD', succeeded: 7000, failed: 7000, count: 2, credits: 0 }]);
    });

    it('filters by date range and pages each row exactly once, with totals over the whole range', async () => {
      // Spread the attempts of the two sales experts over three days, oldest first.
      const { rows } = await test.server.database.query<{ id: number | string }>(
        `SELECT a.id FROM payment_attempts a JOIN purchases p ON p.id = a.purchase_id
         WHERE p.expert_id IN ('exp_sales_a', 'exp_sales_b') ORDER BY a.id`,
      );
      assert.equal(rows.length, 4);
      const days = ['2030-01-01T10:00:00Z', '2030-01-02T10:00:00Z', '2030-01-02T11:00:00Z', '2030-01-03T10:00:00Z'];
      for (const [index, row] of rows.entries()) {
        await test.server.database.query('UPDATE payment_attempts SET created_at = $1::timestamptz WHERE id = $2', [days[index], row.id]);
      }
      const range = await report('?from=2030-01-02T00:00:00Z&to=2030-01-03T00:00:00Z');
      assert.deepEqual(range.body.data.map((row) => row.createdAt), ['2030-01-02T11:00:00Z', '2030-01-02T10:00:00Z']);
      const offset = await report('?from=2030-01-02T01:00:00%2B01:00&to=2030-01-02T10:30:00Z');
      assert.deepEqual(offset.body.data.map((row) => row.createdAt), ['2030-01-02T10:00:00Z']);

      const whole = await report('?from=2030-01-01T00:00:00Z&to=2030-01-04T00:00:00Z');
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { body: SalesReport } = await report(`?from=2030-01-01T00:00:00Z&to=2030-01-04T00:00:00Z&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        assert.ok(page.body.data.length <= 1);
        assert.deepEqual(page.body.totals, whole.body.totals, 'totals cover the whole range on every page');
        seen.push(...page.body.data.map((row) => row.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor !== null && pages < 10);
      assert.equal(cursor, null);
      assert.deepEqual(seen, whole.body.data.map((row) => row.id));
      assert.equal(new Set(seen).size, 4);
      assert.deepEqual(whole.body.totals, [
        { currency: 'EUR', succeeded: 12000, failed: 0, count: 2, credits: 12 },
        { currency: 'USD', succeeded: 7000, failed: 7000, count: 2, credits: 0 },
      ]);
    });

    it('lists free purchases (no payment attempt) as rows, and pages rows of one instant each exactly once', async () => {
      await createExpert(test, 'exp_sales_free', 'UTC');
      const free = await createPackage(test, 'exp_sales_free', { fee: 0, credits: null, currency: 'GBP', country: 'GB', title: 'Intro call' });
      const paid = await createPackage(test, 'exp_sales_free', { fee: 5000, credits: null, currency: 'GBP', country: 'GB', title: 'Full course' });
      const first = await purchase<{ id: string }>(test, { packageId: free.id, method: 'free', guest: { name: 'Flo', email: 'flo@sales.example' } });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const second = await purchase<{ id: string }>(test, { packageId: free.id, method: 'free', guest: { name: '=HYPERLINK("x")', email: 'gil@sales.example' } });
      assert.equal(second.status, 201, JSON.stringify(second.body));
      const card = await purchase<{ id: string }>(test, { packageId: paid.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Flo', email: 'flo@sales.example' } });
      assert.equal(card.status, 201, JSON.stringify(card.body));

      const all = await report('?expertId=exp_sales_free');
      assert.equal(all.status, 200);
      const freeRow = all.body.data.find((row) => row.purchaseId === first.body.id);
      assert.deepEqual(freeRow && { ...freeRow, createdAt: undefined, customerId: undefined }, {
        id: first.body.id,
        kind: 'package',
        purchaseId: first.body.id,
        createdAt: undefined,
        customerId: undefined,
        customerName: 'Flo',
        customerEmail: 'flo@sales.example',
        expertId: 'exp_sales_free',
        packageId: free.id,
        packageTitle: 'Intro call',
        method: 'free',
        provider: 'none',
        amount: 0,
        currency: 'GBP',
        credits: null,
        status: 'succeeded',
        failureCode: null,
        campaignId: null,
        campaignDiscount: 0,
        couponId: null,
        couponCode: null,
        couponDiscount: 0,
      });
      assert.deepEqual(all.body.data.map((row) => row.method).sort(), ['card', 'free', 'free']);
      assert.deepEqual(all.body.totals, [{ currency: 'GBP', succeeded: 5000, failed: 0, count: 3, credits: 0 }]);
      assert.deepEqual((await report('?expertId=exp_sales_free&status=failed')).body, { data: [], nextCursor: null, totals: [] });

      // The same instant for all three rows: the order is still total, and paging sees each once.
      const instant = '2031-03-04T05:06:07.123456Z';
      await test.server.database.query("UPDATE purchases SET created_at = $1::timestamptz WHERE expert_id = 'exp_sales_free'", [instant]);
      await test.server.database.query('UPDATE payment_attempts SET created_at = $1::timestamptz WHERE purchase_id = $2', [instant, card.body.id]);
      const range = '&from=2031-03-04T05:06:07Z&to=2031-03-04T05:06:08Z';
      const whole = await report(`?expertId=exp_sales_free${range}`);
      assert.equal(whole.body.data.length, 3);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page: { status: number; body: SalesReport } = await report(`?expertId=exp_sales_free${range}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(page.status, 200, JSON.stringify(page.body));
        seen.push(...page.body.data.map((row) => row.id));
        assert.deepEqual(page.body.totals, whole.body.totals);
        cursor = page.body.nextCursor;
        if (cursor === null) break;
      }
      assert.equal(cursor, null);
      assert.deepEqual(seen, whole.body.data.map((row) => row.id));
      assert.deepEqual([...seen].sort(), [first.body.id, second.body.id, all.body.data.find((row) => row.method === 'card')?.id].sort());

      const oldCursor = Buffer.from('sales:12', 'utf8').toString('base64url');
      assert.deepEqual(fieldsOf(assertProblem(await report(`?cursor=${oldCursor}`), 422, 'validation_failed')), ['cursor']);
    });

    it('names every bad parameter in one 422', async () => {
      const problem = assertProblem(await report('?from=yesterday&status=refunded&limit=0&cursor=%21%21&expertId='), 422, 'validation_failed');
      assert.deepEqual(fieldsOf(problem), ['cursor', 'expertId', 'from', 'limit', 'status']);
      const reversed = assertProblem(await report('?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z'), 422, 'validation_failed');
      assert.deepEqual(fieldsOf(reversed), ['to']);
    });
  });
});
