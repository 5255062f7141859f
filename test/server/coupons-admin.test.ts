/**
 * Coupons in the back office, over HTTP: generated and named codes, every rule of a create named
 * in its 422, the listing's pages and filter, reading one coupon with its codes' uses (counted at
 * the server's clock), deactivation and an idempotent create.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkoutPackage, newKey, openExpert, purchase } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type ApiResponse, type TestServer } from './harness.js';

const T0 = '2031-06-01T10:00:00Z';
const EXPERT = 'exp_coupon_admin';

/** A coupon as the admin routes answer it. */
interface Coupon {
  id: string;
  title: string;
  codes: { code: string; uses: number }[];
  value: { giftCredits: number } | { percentOff: number };
  appliesTo: string;
  usesPerCustomer: number;
  totalUses: number | null;
  startsAt: string;
  expiresAt: string | null;
  newMembersOnly: boolean;
  expertIds: string[] | null;
  active: boolean;
  createdAt: string;
}

type CouponPage = { data: Coupon[]; nextCursor: string | null };

const GENERATED = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$/;
const base = { title: 'Spring', startsAt: '2031-06-01T00:00:00Z', value: { percentOff: 15 } };

let named = 0;
/** A named code unique in this run, in lowercase as an admin might type it. */
const uniqueCode = (label: string) => `${label}-${process.pid}-${++named}`.toLowerCase();

describe('admin coupons', () => {
  let test: TestServer;
  const clock = testClock(T0);

  const create = (body: unknown, key?: string) => test.call<Coupon>('/v1/admin/coupons', { method: 'POST', body, headers: key ? { 'idempotency-key': key } : {} });

  async function coupon(body: Record<string, unknown>): Promise<Coupon> {
    const response = await create({ ...base, ...body });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  const fieldsOf = (response: ApiResponse) => assertProblem(response, 422, 'validation_failed').errors?.map((error) => [error.field, error.code]);

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
    await openExpert(test, EXPERT);
  });
  after(() => test.close());

  it('generates count distinct unguessable codes, with the defaults and the Location', async () => {
    const created = await create({ ...base, title: '  Spring 25  ', count: 25 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.id, /^cpn_/);
    assert.equal(created.headers.get('location'), `/v1/admin/coupons/${created.body.id}`);
    const codes = created.body.codes.map((each) => each.code);
    assert.equal(new Set(codes).size, 25);
    for (const code of codes) assert.match(code, GENERATED);
    assert.deepEqual(codes, [...codes].sort(), 'codes are ordered by code');
    const { id: _id, codes: _codes, ...rest } = created.body;
    assert.deepEqual(rest, {
      title: 'Spring 25',
      value: { percentOff: 15 },
      appliesTo: 'initial',
      usesPerCustomer: 1,
      totalUses: null,
      startsAt: '2031-06-01T00:00:00Z',
      expiresAt: null,
      newMembersOnly: false,
      expertIds: null,
      active: true,
      createdAt: T0,
    });
    assert.ok(created.body.codes.every((each) => each.uses === 0));
    assert.deepEqual((await test.call<Coupon>(`/v1/admin/coupons/${created.body.id}`)).body, created.body);
  });

  it('stores a named code uppercase, with every option, and refuses it to a second coupon in any case', async () => {
    const code = uniqueCode('vip');
    const created = await coupon({
      code,
      value: { giftCredits: 5 },
      usesPerCustomer: 2,
      totalUses: 10,
      startsAt: '2031-06-01T02:00:00+02:00',
      expiresAt: '2031-07-01T00:00:00Z',
      newMembersOnly: true,
      expertIds: [EXPERT],
    });
    assert.deepEqual(created.codes, [{ code: code.toUpperCase(), uses: 0 }]);
    assert.deepEqual(
      [created.value, created.usesPerCustomer, created.totalUses, created.startsAt, created.expiresAt, created.newMembersOnly, created.expertIds],
      [{ giftCredits: 5 }, 2, 10, '2031-06-01T00:00:00Z', '2031-07-01T00:00:00Z', true, [EXPERT]],
    );
    const taken = await create({ ...base, code: code.toUpperCase() });
    assert.deepEqual(fieldsOf(taken), [['code', 'code_taken']]);
    const listed = await test.call<CouponPage>('/v1/admin/coupons?limit=200');
    assert.deepEqual(listed.body.data.filter((each) => each.codes.some((state) => state.code === code.toUpperCase())).map((each) => each.id), [created.id]);
  });

  it('names every bad field in a 422', async () => {
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ ...base }, [['count', 'required']]],
      [{ ...base, count: 3, code: 'BOTH-1' }, [['code', 'not_allowed']]],
      [{ ...base, count: 3, expiresAt: base.startsAt }, [['expiresAt', 'not_after_start']]],
      [{ ...base, count: 3, expiresAt: '2031-05-31T23:00:00Z' }, [['expiresAt', 'not_after_start']]],
      [{ ...base, count: 3, expertIds: [EXPERT, 'exp_nobody'] }, [['expertIds[1]', 'not_found']]],
      [{ ...base, count: 3, value: { giftCredits: 5 }, appliesTo: 'campaign' }, [['appliesTo', 'not_allowed']]],
      [{ ...base, count: 3, colour: 'red' }, [['colour', 'unknown_field']]],
      [{ ...base, count: 501 }, [['count', 'too_large']]],
      [{ ...base, code: 'no spaces' }, [['code', 'invalid_format']]],
      [{ ...base, count: 1, title: 'two\nlines' }, [['title', 'invalid_characters']]],
      [{ ...base, count: 1, value: { percentOff: 101 } }, [['value', 'too_large']]],
    ];
    for (const [body, expected] of cases) assert.deepEqual(fieldsOf(await create(body)), expected, JSON.stringify(body));
    // Several at once: each named once.
    const many = fieldsOf(await create({ count: 1, code: 'x', expiresAt: 'soon', value: {} }));
    assert.deepEqual(new Set(many?.map(([field]) => field)), new Set(['code', 'expiresAt', 'value', 'title', 'startsAt']));
  });

  it('lists newest first a page at a time, filtered by active, and refuses an unreadable cursor', async () => {
    const made: Coupon[] = [];
    for (let n = 1; n <= 5; n += 1) {
      clock.set(`2031-06-02T0${n}:00:00Z`);
      made.push(await coupon({ title: `Paged ${n}`, count: 1 }));
    }
    clock.set(T0);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ApiResponse<CouponPage> = await test.call(`/v1/admin/coupons?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.ok(page.body.data.length <= 2);
      seen.push(...page.body.data.map((each) => each.title));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(seen.slice(0, 5), ['Paged 5', 'Paged 4', 'Paged 3', 'Paged 2', 'Paged 1']);
    assert.equal(new Set(seen).size, seen.length, 'no coupon on two pages');

    await test.call(`/v1/admin/coupons/${made[1]?.id}/deactivate`, { method: 'POST' });
    const inactive = await test.call<CouponPage>('/v1/admin/coupons?active=false&limit=200');
    assert.deepEqual(inactive.body.data.map((each) => each.title), ['Paged 2']);
    const active = await test.call<CouponPage>('/v1/admin/coupons?active=true&limit=200');
    assert.ok(active.body.data.every((each) => each.active));
    assert.ok(active.body.data.some((each) => each.title === 'Paged 1'));
    assert.deepEqual(fieldsOf(await test.call('/v1/admin/coupons?cursor=nonsense')), [['cursor', 'invalid_cursor']]);
  });

  it('answers 404 for an unknown coupon, and deactivates twice with the same answer', async () => {
    assertProblem(await test.call('/v1/admin/coupons/cpn_nope'), 404, 'not_found');
    assertProblem(await test.call('/v1/admin/coupons/cpn_nope/deactivate', { method: 'POST' }), 404, 'not_found');
    const created = await coupon({ count: 2 });
    const first = await test.call<Coupon>(`/v1/admin/coupons/${created.id}/deactivate`, { method: 'POST' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body, { ...created, active: false });
    const second = await test.call<Coupon>(`/v1/admin/coupons/${created.id}/deactivate`, { method: 'POST' });
    assert.deepEqual([second.status, second.body], [200, first.body]);
    assert.equal((await test.call<Coupon>(`/v1/admin/coupons/${created.id}`)).body.active, false);
  });

  it('replays a create with its Idempotency-Key, and refuses the key for another coupon', async () => {
    const key = newKey('coupon');
    const body = { ...base, title: 'Once', count: 3 };
    const first = await create(body, key);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const replay = await create(body, key);
    assert.deepEqual([replay.status, replay.headers.get('idempotent-replayed'), replay.headers.get('location'), replay.body], [201, 'true', first.headers.get('location'), first.body]);
    const listed = await test.call<CouponPage>('/v1/admin/coupons?limit=200');
    assert.equal(listed.body.data.filter((each) => each.title === 'Once').length, 1);
    assert.deepEqual(fieldsOf(await create({ ...body, count: 4 }, key)), [['Idempotency-Key', 'reused']]);
  });

  it("counts a code's uses that are paid or held until their time by the server's clock", async () => {
    const created = await coupon({ code: uniqueCode('counted'), totalUses: 10 });
    const code = created.codes[0]?.code as string;
    const pkg = await checkoutPackage(test, EXPERT);
    const useBy = async (n: number, status: 'used' | 'held' | 'released', heldUntil: string) => {
      const bought = await purchase<{ id: string; customerId: string }>(test, {
        packageId: pkg.id,
        method: 'card',
        paymentMethod: 'pm_card_visa',
        guest: { name: 'Counted', email: `counted-${process.pid}-${n}@example.com` },
      });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      await test.server.database.query(
        `INSERT INTO coupon_uses (coupon_id, code, customer_id, purchase_id, status, held_until, discount, unit, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz, 1800, 'EUR', $7::timestamptz)`,
        [created.id, code, bought.body.customerId, bought.body.id, status, heldUntil, T0],
      );
    };
    await useBy(1, 'used', '2031-06-01T10:30:00Z');
    await useBy(2, 'held', '2031-06-01T10:30:00Z');
    await useBy(3, 'held', '2031-06-01T11:00:00Z');
    await useBy(4, 'released', '2031-06-01T11:00:00Z');
    const usesAt = async (instant: string) => {
      clock.set(instant);
      return (await test.call<Coupon>(`/v1/admin/coupons/${created.id}`)).body.codes[0]?.uses;
    };
    assert.equal(await usesAt(T0), 3);
    assert.equal(await usesAt('2031-06-01T10:30:00Z'), 2, 'a hold ends at its held_until');
    assert.equal(await usesAt('2031-06-01T12:00:00Z'), 1, 'only the paid use is left');
    clock.set(T0);
    const listed = await test.call<CouponPage>('/v1/admin/coupons?limit=200');
    assert.equal(listed.body.data.find((each) => each.id === created.id)?.codes[0]?.uses, 3);
  });
});
