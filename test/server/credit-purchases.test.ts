import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkoutPackage, count, grant, newKey, openExpert, purchase, signIn, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, type ApiResponse, type Problem, type TestServer } from './harness.js';
import { outbox } from './mail-fixtures.js';

/** What the credit purchase routes answer. */
interface CreditReceipt {
  id: string;
  customerId: string;
  creditPackageId: string;
  status: 'pending' | 'paid' | 'failed';
  amount: number;
  currency: string;
  credits: number;
  provider: string;
  createdAt: string;
  paymentStatus: 'succeeded' | 'requires_action';
  clientSecret?: string;
  balance: number;
  emailSent?: boolean;
}

describe('credit purchases by card', () => {
  let test: TestServer;
  let offer: { id: string }; // 10 credits for 4900 EUR
  let retired: { id: string }; // inactive

  async function creditPackage(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
    const body = { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1, ...overrides };
    const response = await test.call<{ id: string }>('/v1/admin/credit-packages', { method: 'POST', body });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  function buy<T = CreditReceipt>(body: unknown, options: { customer?: SignedIn; key?: string | null } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (options.key !== null) headers['idempotency-key'] = options.key ?? newKey('credits');
    if (options.customer) headers['apptkit-customer'] = options.customer.token;
    return test.call<T>('/v1/credit-purchases', { method: 'POST', body, headers });
  }

  function confirm<T = CreditReceipt>(id: string, customer: SignedIn | undefined, body?: unknown): Promise<ApiResponse<T>> {
    return test.call<T>(`/v1/credit-purchases/${id}/confirm`, {
      method: 'POST',
      ...(body === undefined ? {} : { body }),
      headers: customer ? { 'apptkit-customer': customer.token } : {},
    });
  }

  const balanceOf = async (customer: SignedIn) =>
    (await test.call<{ credits: number }>('/v1/me', { headers: { 'apptkit-customer': customer.token } })).body.credits;

  before(async () => {
    test = await startTestServer();
    offer = await creditPackage();
    retired = await creditPackage({ title: 'Old offer', active: false });
  });
  after(() => test.close());

  it('adds the credits of a paid purchase to the balance through the ledger, once per Idempotency-Key', async () => {
    const customer = await signIn(test, 'buyer@example.com');
    await grant(test, customer.customerId, 3);
    const key = newKey('paid');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_visa' };
    const paid = await buy(body, { customer, key });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.match(paid.body.id, /^cpu_/);
    const { id: _id, createdAt: _createdAt, ...rest } = paid.body;
    assert.deepEqual(rest, {
      customerId: customer.customerId,
      creditPackageId: offer.id,
      status: 'paid',
      amount: 4900,
      currency: 'EUR',
      credits: 10,
      provider: 'test',
      paymentStatus: 'succeeded',
      balance: 13,
      emailSent: true,
    });
    assert.equal(await balanceOf(customer), 13);
    const ledger = await test.server.database.query<{ amount: string | number; credit_purchase_id: string | null }>(
      'SELECT amount, credit_purchase_id FROM credit_ledger WHERE customer_id = $1 ORDER BY id',
      [customer.customerId],
    );
    assert.deepEqual(ledger.rows.map((row) => [Number(row.amount), row.credit_purchase_id]), [[3, null], [10, paid.body.id]]);
    const attempts = await test.server.database.query<{ status: string; amount: string | number; currency: string; method: string }>(
      'SELECT status, amount, currency, method FROM payment_attempts WHERE credit_purchase_id = $1',
      [paid.body.id],
    );
    assert.deepEqual(attempts.rows.map((row) => [row.status, Number(row.amount), row.currency, row.method]), [['succeeded', 4900, 'EUR', 'card']]);

    const replay = await buy(body, { customer, key });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, paid.body);
    assert.equal(await balanceOf(customer), 13);
    const reused = assertProblem(await buy({ ...body, paymentMethod: 'pm_card_declined' }, { customer, key }), 422, 'validation_failed');
    assert.equal(reused.errors?.[0]?.field, 'Idempotency-Key');
  });

  it('records a declined card as a failed purchase that adds nothing, replays the 402, and refuses to confirm it', async () => {
    const customer = await signIn(test, 'declined@example.com');
    const key = newKey('declined');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_declined' };
    const problem = assertProblem(await buy<Problem>(body, { customer, key }), 402, 'payment_declined');
    assert.equal(problem.declineCode, 'card_declined');
    const purchaseId = problem.purchaseId as string;
    assert.match(purchaseId, /^cpu_/);
    assert.equal(await balanceOf(customer), 0);
    assert.equal(await count(test, "SELECT count(*) AS n FROM credit_purchases WHERE id = $1 AND status = 'failed'", [purchaseId]), 1);
    assert.equal(await count(test, "SELECT count(*) AS n FROM payment_attempts WHERE credit_purchase_id = $1 AND status = 'failed' AND failure_code = 'card_declined'", [purchaseId]), 1);
    const replay = assertProblem(await buy<Problem>(body, { customer, key }), 402, 'payment_declined');
    assert.equal(replay.purchaseId, purchaseId);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE credit_purchase_id = $1', [purchaseId]), 1);
    assertProblem(await confirm(purchaseId, customer), 409, 'purchase_not_paid');
  });

  it('leaves a card needing authentication pending until its customer confirms it; confirming again answers the same', async () => {
    const customer = await signIn(test, 'three.ds@example.com');
    const pending = await buy({ creditPackageId: offer.id, paymentMethod: 'pm_card_authentication_required' }, { customer });
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    assert.equal(pending.body.status, 'pending');
    assert.equal(pending.body.paymentStatus, 'requires_action');
    assert.equal(pending.body.balance, 0);
    assert.equal(pending.body.clientSecret, undefined);
    assert.equal(pending.body.emailSent, false, 'no receipt before the payment completes');
    assert.equal(await balanceOf(customer), 0);

    assertProblem(await confirm(pending.body.id, undefined), 401, 'customer_required');
    const stranger = await signIn(test, 'stranger.credits@example.com');
    assertProblem(await confirm(pending.body.id, stranger), 404, 'not_found');
    assertProblem(await confirm('cpu_nothing', customer), 404, 'not_found');
    const bad = assertProblem(await confirm(pending.body.id, customer, { purchaseToken: 'x' }), 422, 'validation_failed');
    assert.equal(bad.errors?.[0]?.field, 'purchaseToken');

    const confirmed = await confirm(pending.body.id, customer);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.deepEqual(confirmed.body, { ...pending.body, status: 'paid', paymentStatus: 'succeeded', balance: 10, emailSent: true });
    assert.equal(await balanceOf(customer), 10);
    const again = await confirm(pending.body.id, customer, {});
    assert.deepEqual(again.body, confirmed.body);
    assert.equal(await balanceOf(customer), 10);
    const attempts = await test.server.database.query<{ status: string }>('SELECT status FROM payment_attempts WHERE credit_purchase_id = $1 ORDER BY id', [pending.body.id]);
    assert.deepEqual(attempts.rows.map((row) => row.status), ['requires_action', 'succeeded']);
  });

  it('credits a purchase confirmed several times at once only once', async () => {
    const customer = await signIn(test, 'double.click@example.com');
    const pending = await buy({ creditPackageId: offer.id, paymentMethod: 'pm_card_authentication_required' }, { customer });
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    const answers = await Promise.all([1, 2, 3].map(() => confirm(pending.body.id, customer)));
    assert.deepEqual(answers.map((answer) => [answer.status, answer.body.status]), [[200, 'paid'], [200, 'paid'], [200, 'paid']]);
    assert.equal(await balanceOf(customer), 10);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM credit_ledger WHERE credit_purchase_id = $1', [pending.body.id]), 1);
    const receipts = (await outbox(test, 'double.click@example.com')).filter((mail) => mail.text.includes(pending.body.id));
    assert.equal(receipts.length, 1, 'one receipt, sent by the confirm that paid it');
    assert.equal(answers.filter((answer) => answer.body.emailSent).length >= 1, true, 'the confirm that paid it says the receipt went out');
  });

  it('needs a signed-in customer, an Idempotency-Key and a credit package on sale', async () => {
    const customer = await signIn(test, 'rules@example.com');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_visa' };
    assertProblem(await buy(body), 401, 'customer_required');
    assertProblem(await buy(body, { customer, key: null }), 400, 'idempotency_key_required');
    const unknown = assertProblem(await buy<Problem>({ ...body, creditPackageId: 'cpk_nothing' }, { customer }), 422, 'validation_failed');
    assert.deepEqual(unknown.errors?.map((error) => [error.field, error.code]), [['creditPackageId', 'not_found']]);
    const inactive = assertProblem(await buy<Problem>({ ...body, creditPackageId: retired.id }, { customer }), 422, 'validation_failed');
    assert.deepEqual(inactive.errors?.map((error) => [error.field, error.code]), [['creditPackageId', 'not_on_sale']]);
    const card = assertProblem(await buy<Problem>({ ...body, paymentMethod: 'pm_card_bogus' }, { customer }), 422, 'validation_failed');
    assert.deepEqual(card.errors?.map((error) => error.field), ['paymentMethod']);
    const shape = assertProblem(await buy<Problem>({ creditPackageId: '', extra: true }, { customer }), 422, 'validation_failed');
    assert.deepEqual(shape.errors?.map((error) => error.field).sort(), ['creditPackageId', 'extra']);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM credit_purchases WHERE customer_id = $1', [customer.customerId]), 0);
  });

  it('lists credit-package sales in the sales report beside package sales, named by title, with no expert', async () => {
    await openExpert(test, 'exp_credit_report');
    const pkg = await checkoutPackage(test, 'exp_credit_report');
    const sold = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Pat', email: 'pat@example.com' } });
    assert.equal(sold.status, 201, JSON.stringify(sold.body));
    const gone = await creditPackage({ title: 'Gone pack', credits: 5, price: 1500, currency: 'CHF', country: 'CH' });
    const customer = await signIn(test, 'gone@example.com', 'Gus');
    const goneSale = await buy({ creditPackageId: gone.id, paymentMethod: 'pm_card_visa' }, { customer });
    assert.equal(goneSale.status, 201, JSON.stringify(goneSale.body));
    const deleted = await test.call(`/v1/admin/credit-packages/${gone.id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));

    type Row = { kind: string; purchaseId: string; expertId: string | null; packageId: string; packageTitle: string | null; customerName: string; customerEmail: string; method: string; amount: number; currency: string; credits: number | null; status: string };
    const report = await test.call<{ data: Row[]; nextCursor: string | null; totals: { currency: string; succeeded: number; failed: number; count: number }[] }>('/v1/admin/reports/sales?limit=200');
    assert.equal(report.status, 200, JSON.stringify(report.body));
    assert.equal(report.body.nextCursor, null);
    const creditRows = report.body.data.filter((row) => row.kind === 'credit_package');
    assert.equal(creditRows.length, await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE credit_purchase_id IS NOT NULL'), 'one row per attempt');
    assert.ok(creditRows.every((row) => row.expertId === null && row.method === 'card' && row.credits === null && /^cpu_/.test(row.purchaseId)));
    assert.ok(creditRows.filter((row) => row.packageId === offer.id).every((row) => row.packageTitle === '10 credits'));
    const goneRow = creditRows.find((row) => row.purchaseId === goneSale.body.id);
    assert.deepEqual(goneRow && { ...goneRow, createdAt: undefined, id: undefined, customerId: undefined, provider: undefined, failureCode: undefined }, {
      kind: 'credit_package',
      purchaseId: goneSale.body.id,
      expertId: null,
      packageId: gone.id,
      packageTitle: null,
      customerName: 'Gus',
      customerEmail: 'gone@example.com',
      method: 'card',
      amount: 1500,
      currency: 'CHF',
      credits: null,
      status: 'succeeded',
      createdAt: undefined,
      id: undefined,
      customerId: undefined,
      provider: undefined,
      failureCode: undefined,
      campaignId: null,
      campaignDiscount: 0,
      couponId: null,
      couponCode: null,
      couponDiscount: 0,
    }, 'a deleted credit package keeps its id; its title is gone');
    const packageRow = report.body.data.find((row) => row.purchaseId === sold.body.id);
    assert.equal(packageRow?.kind, 'package');
    assert.equal(packageRow?.packageTitle, pkg.title);

    // Totals per currency, money never summed across currencies.
    const succeededCredit = await count(
      test,
      "SELECT COALESCE(SUM(a.amount), 0) AS n FROM payment_attempts a JOIN credit_purchases cp ON cp.id = a.credit_purchase_id WHERE a.status = 'succeeded' AND cp.currency = 'EUR' AND a.method = 'card'",
    );
    const eur = report.body.totals.find((total) => total.currency === 'EUR');
    assert.equal(eur?.succeeded, 12000 + succeededCredit);
    assert.equal(eur?.count, report.body.data.filter((row) => row.currency === 'EUR').length);
    assert.deepEqual(report.body.totals.find((total) => total.currency === 'CHF'), { currency: 'CHF', succeeded: 1500, failed: 0, count: 1, credits: 0 });
    assert.deepEqual(report.body.totals.map((total) => total.currency), ['CHF', 'EUR']);

    const byExpert = await test.call<{ data: Row[]; totals: { currency: string; succeeded: number; count: number }[] }>('/v1/admin/reports/sales?expertId=exp_credit_report');
    assert.deepEqual(byExpert.body.data.map((row) => row.purchaseId), [sold.body.id], 'credit-package sales belong to no expert');
    assert.deepEqual(byExpert.body.totals.map(({ currency, succeeded, count: n }) => [currency, succeeded, n]), [['EUR', 12000, 1]]);
  });
});
