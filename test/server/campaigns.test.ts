import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { checkoutPackage, count, newKey, openExpert, purchase, signIn, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type ApiResponse, type Problem, type TestServer } from './harness.js';
import { lastCode, outbox, requestCode, SIGN_IN_SUBJECTS, signInByCode, verifyCode, type CustomerSession } from './mail-fixtures.js';

const T0 = '2031-03-01T12:00:00Z';

/** A campaign as the admin routes answer it. */
interface Campaign {
  id: string;
  version: number;
  type: string;
  title: string;
  startsAt: string;
  endsAt: string;
  active: boolean;
  giftCredits?: number;
  signedUpAfter?: string;
  percentOff?: number;
  amountOff?: number;
  currency?: string;
  creditPackageIds?: string[];
}

interface Offer {
  id: string;
  price: number;
  currency: string;
  campaignPrice?: number;
  campaign?: { id: string; title: string; endsAt: string };
}

const window = { startsAt: '2031-03-01T00:00:00Z', endsAt: '2031-04-01T00:00:00Z', active: true };

describe('campaigns', () => {
  let test: TestServer;
  const clock = testClock(T0);
  const made: Campaign[] = [];

  const create = (body: unknown, key?: string) =>
    test.call<Campaign>('/v1/admin/campaigns', { method: 'POST', body, headers: key ? { 'idempotency-key': key } : {} });

  async function campaign(body: Record<string, unknown>): Promise<Campaign> {
    const response = await create({ ...window, ...body });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    made.push(response.body);
    return response.body;
  }

  async function creditPackage(overrides: Record<string, unknown> = {}): Promise<{ id: string; price: number }> {
    const body = { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1, ...overrides };
    const response = await test.call<{ id: string; price: number }>('/v1/admin/credit-packages', { method: 'POST', body });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  const end = async (target: Campaign) => {
    const current = await test.call<Campaign>(`/v1/admin/campaigns/${target.id}`);
    const ended = await test.call<Campaign>(`/v1/admin/campaigns/${target.id}/end`, { method: 'POST', headers: { 'if-match': `"${current.body.version}"` } });
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    return ended.body;
  };

  const offers = async (query = '?country=DE') => (await test.call<{ data: Offer[] }>(`/v1/credit-packages${query}`)).body.data;

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
  });
  // Campaigns of one test never reach the next: each is ended (a campaign is never deleted).
  afterEach(async () => {
    clock.set(T0);
    for (const each of made.splice(0)) await end(each);
  });
  after(() => test.close());

  describe('admin routes', () => {
    it('creates each type (version 1, ETag, Location), reads it back and replays an Idempotency-Key', async () => {
      const pkg = await creditPackage();
      const bodies = [
        { type: 'gift_new_members', title: ' Welcome ', giftCredits: 5 },
        { type: 'gift_first_verification', title: 'Verified', giftCredits: 3, signedUpAfter: '2031-01-01T01:00:00+01:00' },
        { type: 'discount_all_credit_packages', title: 'All −10 %', percentOff: 10 },
        { type: 'discount_selected_credit_packages', title: 'Fixed', creditPackageIds: [pkg.id], amountOff: 500, currency: 'EUR' },
      ];
      for (const body of bodies) {
        const key = newKey('campaign');
        const created = await create({ ...window, ...body, active: false }, key);
        assert.equal(created.status, 201, JSON.stringify(created.body));
        assert.match(created.body.id, /^cmp_/);
        assert.equal(created.body.version, 1);
        assert.equal(created.headers.get('etag'), '"1"');
        assert.equal(created.headers.get('location'), `/v1/admin/campaigns/${created.body.id}`);
        const read = await test.call<Campaign>(`/v1/admin/campaigns/${created.body.id}`);
        assert.deepEqual(read.body, created.body);
        const replay = await create({ ...window, ...body, active: false }, key);
        assert.equal(replay.status, 201);
        assert.equal(replay.body.id, created.body.id);
        made.push(created.body);
      }
      assert.equal(made[0]?.title, 'Welcome');
      assert.equal(made[1]?.signedUpAfter, '2031-01-01T00:00:00Z');
      assert.deepEqual(
        { ...made[3], id: undefined },
        { id: undefined, version: 1, type: 'discount_selected_credit_packages', title: 'Fixed', ...window, active: false, creditPackageIds: [pkg.id], amountOff: 500, currency: 'EUR' },
      );
    });

    it('names every bad field in a 422', async () => {
      const pkg = await creditPackage({ currency: 'USD', country: 'US' });
      const cases: [Record<string, unknown>, [string, string][]][] = [
        [{ ...window, type: 'gift_new_members', title: 'x', giftCredits: 5, endsAt: window.startsAt }, [['endsAt', 'not_after_start']]],
        [{ ...window, type: 'gift_new_members', title: 'x', giftCredits: 5, percentOff: 10 }, [['percentOff', 'not_for_type']]],
        [{ ...window, type: 'discount_all_credit_packages', title: 'x' }, [['percentOff', 'required']]],
        [{ ...window, type: 'discount_all_credit_packages', title: 'x', percentOff: 101 }, [['percentOff', 'too_large']]],
        [{ ...window, type: 'discount_selected_credit_packages', title: 'x', creditPackageIds: [pkg.id], amountOff: 100, currency: 'EUR' }, [['creditPackageIds[0]', 'currency_mismatch']]],
        [{ ...window, type: 'discount_selected_credit_packages', title: 'x', creditPackageIds: ['cpk_missing'], percentOff: 5 }, [['creditPackageIds[0]', 'not_found']]],
        [{ ...window, type: 'discount_selected_credit_packages', title: 'x', creditPackageIds: [pkg.id], amountOff: 100 }, [['currency', 'required']]],
        [{ ...window, type: 'discount_selected_credit_packages', title: 'x', creditPackageIds: [pkg.id], amountOff: 100, currency: 'USD', percentOff: 5 }, [['percentOff', 'conflict']]],
      ];
      for (const [body, expected] of cases) {
        const problem = assertProblem(await create(body), 422, 'validation_failed');
        assert.deepEqual(problem.errors?.map((error) => [error.field, error.code]), expected, JSON.stringify(body));
      }
    });

    it('updates with the version read (If-Match), never the type, and keeps one discount', async () => {
      const pkg = await creditPackage();
      const created = await campaign({ type: 'discount_selected_credit_packages', title: 'Pick', creditPackageIds: [pkg.id], percentOff: 20, active: false });
      const patch = (body: unknown, version: number | null) =>
        test.call<Campaign>(`/v1/admin/campaigns/${created.id}`, { method: 'PATCH', body, headers: version === null ? {} : { 'if-match': `"${version}"` } });
      assertProblem(await patch({ title: 'No version' }, null), 428, 'precondition_required');
      const typeChange = assertProblem(await patch({ type: 'gift_new_members' }, 1), 422, 'validation_failed');
      assert.deepEqual(typeChange.errors?.map((error) => [error.field, error.code]), [['type', 'read_only']]);
      const fixed = await patch({ amountOff: 700, currency: 'EUR' }, 1);
      assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
      assert.equal(fixed.headers.get('etag'), '"2"');
      assert.deepEqual([fixed.body.percentOff, fixed.body.amountOff, fixed.body.currency], [undefined, 700, 'EUR']);
      assertProblem(await patch({ title: 'Stale' }, 1), 412, 'version_conflict');
      const wrongType = assertProblem(await patch({ giftCredits: 4 }, 2), 422, 'validation_failed');
      assert.deepEqual(wrongType.errors?.map((error) => error.field), ['giftCredits']);
      const back = await patch({ percentOff: 15, title: 'Pick 15' }, 2);
      assert.deepEqual([back.body.version, back.body.title, back.body.percentOff, back.body.amountOff, back.body.currency], [3, 'Pick 15', 15, undefined, undefined]);
    });

    it('ends a running campaign now by the server clock, a future one keeps its dates', async () => {
      const running = await campaign({ type: 'discount_all_credit_packages', title: 'Now', percentOff: 5 });
      const future = await campaign({ type: 'gift_new_members', title: 'Later', giftCredits: 1, startsAt: '2031-05-01T00:00:00Z', endsAt: '2031-06-01T00:00:00Z' });
      const ended = await end(running);
      assert.deepEqual([ended.version, ended.active, ended.endsAt, ended.startsAt], [2, false, T0, window.startsAt]);
      const later = await end(future);
      assert.deepEqual([later.active, later.startsAt, later.endsAt], [false, '2031-05-01T00:00:00Z', '2031-06-01T00:00:00Z']);
      assertProblem(await test.call(`/v1/admin/campaigns/${running.id}/end`, { method: 'POST', headers: { 'if-match': '"1"' } }), 412, 'version_conflict');
      assertProblem(await test.call('/v1/admin/campaigns/cmp_nope'), 404, 'not_found');
    });

    it('lists pages, latest start first, filtered by active and type', async () => {
      for (let day = 1; day <= 5; day += 1) {
        await campaign({ type: 'gift_new_members', title: `Gift ${day}`, giftCredits: 1, active: day % 2 === 1, startsAt: `2031-02-0${day}T00:00:00Z`, endsAt: '2031-02-20T00:00:00Z' });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse<{ data: Campaign[]; nextCursor: string | null }> = await test.call(
          `/v1/admin/campaigns?type=gift_new_members&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(page.status, 200, JSON.stringify(page.body));
        assert.ok(page.body.data.length <= 2);
        seen.push(...page.body.data.filter((item) => item.title.startsWith('Gift ')).map((item) => item.title));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      assert.deepEqual(seen.slice(0, 5), ['Gift 5', 'Gift 4', 'Gift 3', 'Gift 2', 'Gift 1']);
      const inactive = await test.call<{ data: Campaign[] }>('/v1/admin/campaigns?active=false&type=gift_new_members');
      assert.ok(inactive.body.data.every((item) => !item.active && item.type === 'gift_new_members'));
      assert.ok(inactive.body.data.some((item) => item.title === 'Gift 2'));
      const bad = assertProblem(await test.call('/v1/admin/campaigns?cursor=nonsense'), 422, 'validation_failed');
      assert.deepEqual(bad.errors?.map((error) => error.field), ['cursor']);
    });
  });

  describe('credit offers and purchases', () => {
    it('shows the lowest campaign price beside the price, only where a running campaign lowers it', async () => {
      const a = await creditPackage({ title: 'A', price: 1999, currency: 'TRY', country: 'TR' });
      const b = await creditPackage({ title: 'B', price: 1000, currency: 'TRY', country: 'TR', listingOrder: 2 });
      const before = await offers('?country=TR');
      assert.ok(before.every((offer) => !('campaignPrice' in offer) && !('campaign' in offer)));
      const all = await campaign({ type: 'discount_all_credit_packages', title: 'All 15', percentOff: 15 });
      const selected = await campaign({ type: 'discount_selected_credit_packages', title: 'B fixed', creditPackageIds: [b.id], amountOff: 300, currency: 'TRY' });
      await campaign({ type: 'discount_all_credit_packages', title: 'Off', percentOff: 90, active: false });
      await campaign({ type: 'discount_all_credit_packages', title: 'Future', percentOff: 90, startsAt: '2031-03-02T00:00:00Z', endsAt: '2031-03-03T00:00:00Z' });
      const listed = await offers('?country=TR');
      const byId = new Map(listed.map((offer) => [offer.id, offer]));
      // 15 % of 1999 = 299.85 → 300 off (half up); B: 1000 − 300 beats 1000 − 150.
      assert.deepEqual([byId.get(a.id)?.price, byId.get(a.id)?.campaignPrice, byId.get(a.id)?.campaign], [1999, 1699, { id: all.id, title: 'All 15', endsAt: window.endsAt }]);
      assert.deepEqual([byId.get(b.id)?.campaignPrice, byId.get(b.id)?.campaign?.id], [700, selected.id]);
      clock.set('2031-03-02T06:00:00Z'); // The 90 % campaign runs now.
      assert.equal((await offers('?country=TR')).find((offer) => offer.id === a.id)?.campaignPrice, 200);
      clock.set(window.endsAt); // endsAt is exclusive.
      assert.ok((await offers('?country=TR')).every((offer) => !('campaignPrice' in offer)));
    });

    it('charges the campaign price and records it; a campaign ended before paying means the full price', async () => {
      const pkg = await creditPackage({ title: 'JP', price: 999, currency: 'JPY', country: 'JP' });
      const sale = await campaign({ type: 'discount_selected_credit_packages', title: 'JP 50', creditPackageIds: [pkg.id], percentOff: 50 });
      const customer: SignedIn = await signIn(test, 'campaign.buyer@example.com');
      const buy = () =>
        test.call<{ id: string; amount: number; campaignId?: string; status: string }>('/v1/credit-purchases', {
          method: 'POST',
          body: { creditPackageId: pkg.id, paymentMethod: 'pm_card_visa' },
          headers: { 'idempotency-key': newKey('cp'), 'apptkit-customer': customer.token },
        });
      const paid = await buy();
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      assert.deepEqual([paid.body.amount, paid.body.campaignId, paid.body.status], [499, sale.id, 'paid']);
      const row = await test.server.database.query<{ campaign_id: string; discount: string | number; amount: string | number }>(
        'SELECT campaign_id, discount, amount FROM credit_purchases WHERE id = $1',
        [paid.body.id],
      );
      assert.deepEqual([row.rows[0]?.campaign_id, Number(row.rows[0]?.discount), Number(row.rows[0]?.amount)], [sale.id, 500, 499]);
      assert.equal(await count(test, "SELECT count(*) AS n FROM payment_attempts WHERE credit_purchase_id = $1 AND amount = 499", [paid.body.id]), 1);
      // Listed at the campaign price, then the campaign ends before the purchase: the full price is charged.
      assert.equal((await offers('?country=JP'))[0]?.campaignPrice, 499);
      await end(sale);
      const full = await buy();
      assert.equal(full.status, 201, JSON.stringify(full.body));
      assert.equal(full.body.amount, 999);
      assert.equal('campaignId' in full.body, false);
    });
  });

  describe('gift credits', () => {
    const ledgerOf = (customerId: string) =>
      test.server.database.query<{ amount: string | number; reason: string }>('SELECT amount, reason FROM credit_ledger WHERE customer_id = $1 ORDER BY id', [customerId]);

    it('gives new members their gift once, by any path that creates the customer', async () => {
      const gift = await campaign({ type: 'gift_new_members', title: 'Welcome', giftCredits: 5 });
      await campaign({ type: 'gift_new_members', title: 'Ended', giftCredits: 50, startsAt: '2031-01-01T00:00:00Z', endsAt: '2031-02-01T00:00:00Z' });
      const minted = await signIn(test, 'new.member@example.com');
      const again = await signIn(test, 'NEW.member@example.com');
      assert.equal(again.customerId, minted.customerId);
      const ledger = await ledgerOf(minted.customerId);
      assert.deepEqual(ledger.rows.map((row) => [Number(row.amount), row.reason]), [[5, `campaign ${gift.id}: Welcome`]]);

      const added = await test.call<{ id: string; credits: number }>('/v1/admin/customers', { method: 'POST', body: { name: 'Added', email: 'added@example.com' } });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.credits, 5);

      const session = await signInByCode(test, 'by.code@example.com');
      assert.equal(session.customer.credits, 5);
      await openExpert(test, 'exp_campaign_gifts');
      const pkg = await checkoutPackage(test, 'exp_campaign_gifts');
      const guest = { name: 'Guest', email: 'guest.buyer@example.com' };
      const sold = await purchase<{ customerId: string }>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest });
      assert.equal(sold.status, 201, JSON.stringify(sold.body));
      assert.deepEqual((await ledgerOf(sold.body.customerId)).rows.map((row) => Number(row.amount)), [5]);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM campaign_grants WHERE campaign_id = $1', [gift.id]), 4);
    });

    it('gives the first-verification gift once, on the first verified e-mail, under concurrent verifications', async () => {
      const existing = await signIn(test, 'verify.me@example.com');
      const gift = await campaign({ type: 'gift_first_verification', title: 'Verified', giftCredits: 7, signedUpAfter: '2000-01-01T00:00:00Z' });
      await campaign({ type: 'gift_first_verification', title: 'Only newer sign-ups', giftCredits: 100, signedUpAfter: '2199-01-01T00:00:00Z' });
      for (let n = 0; n < 2; n += 1) assert.equal((await requestCode(test, { email: 'verify.me@example.com' })).status, 202);
      const codes = (await outbox(test, 'verify.me@example.com'))
        .filter((mail) => SIGN_IN_SUBJECTS.includes(mail.subject))
        .map((mail) => /\b(\d{6})\b/.exec(mail.text)?.[1] as string);
      const answers = await Promise.all(codes.map((code) => verifyCode<CustomerSession>(test, { email: 'verify.me@example.com', code })));
      assert.ok(answers.some((answer) => answer.status === 201), JSON.stringify(answers.map((answer) => answer.body)));
      const ledger = await ledgerOf(existing.customerId);
      assert.deepEqual(ledger.rows.map((row) => [Number(row.amount), row.reason]), [[7, `campaign ${gift.id}: Verified`]]);
      // A later sign-in is no first verification.
      const later = await signInByCode(test, 'verify.me@example.com');
      assert.equal(later.customer.credits, 7);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM campaign_grants WHERE customer_id = $1', [existing.customerId]), 1);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM customers WHERE id = $1 AND email_verified_at IS NOT NULL', [existing.customerId]), 1);
    });

    it('gives nothing once a gift campaign has ended', async () => {
      const gift = await campaign({ type: 'gift_first_verification', title: 'Short', giftCredits: 2 });
      await end(gift);
      const session = await signInByCode(test, 'too.late@example.com');
      assert.equal(session.customer.credits, 0);
      await requestCode(test, { email: 'too.late@example.com' });
      assert.equal((await verifyCode(test, { email: 'too.late@example.com', code: await lastCode(test, 'too.late@example.com') })).status, 201);
      assertProblem(await test.call<Problem>('/v1/admin/campaigns/cmp_unknown/end', { method: 'POST', headers: { 'if-match': '"1"' } }), 404, 'not_found');
    });
  });
});
