import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { Schema } from '../../src/wire/index.js';
import { book, checkoutPackage, openExpert, purchase, signIn, type Receipt } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type TestServer } from './harness.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday
const EXPERT = 'exp_test_archive';

describe('a package’s life: archive instead of delete', () => {
  let test: TestServer;
  const clock = testClock(T0);
  before(async () => {
    test = await startTestServer({ clock: clock.clock, minNoticeMinutes: 60 });
    await openExpert(test, EXPERT);
  });
  after(() => test.close());

  const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
  const archive = (pkg: AppointmentPackage, verb: 'archive' | 'unarchive' = 'archive', version = pkg.version) =>
    test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}/${verb}`, { method: 'POST', headers: ifMatch(version) });
  const publicIds = async () => {
    const listed = await test.call<{ data: AppointmentPackage[] }>(`/v1/experts/${EXPERT}/packages?country=DE`);
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    return listed.body.data.map((pkg) => pkg.id);
  };
  const buyByCard = (pkg: AppointmentPackage) =>
    purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Ada Buyer', email: 'ada@example.com' } });

  it('archive hides a package from sale, keeps it for the admin, and unarchive puts it back', async () => {
    const pkg = await checkoutPackage(test, EXPERT);
    assert.ok((await publicIds()).includes(pkg.id));

    const archived = await archive(pkg);
    assert.equal(archived.status, 200, JSON.stringify(archived.body));
    assert.deepEqual(archived.body, { ...pkg, version: pkg.version + 1, archived: true });
    assert.equal(archived.headers.get('etag'), `"${pkg.version + 1}"`);
    assert.ok(!(await publicIds()).includes(pkg.id), 'the public list leaves it out');

    const adminList = await test.call<{ data: AppointmentPackage[] }>(`/v1/admin/packages?expertId=${EXPERT}`);
    assert.equal(adminList.body.data.find((item) => item.id === pkg.id)?.archived, true);
    assert.equal((await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`)).body.archived, true);

    const back = await archive(archived.body, 'unarchive');
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.deepEqual(back.body, { ...pkg, version: pkg.version + 2 });
    assert.ok((await publicIds()).includes(pkg.id));
  });

  it('needs the current version, like every admin write', async () => {
    const pkg = await checkoutPackage(test, EXPERT);
    assertProblem(await test.call(`/v1/admin/packages/${pkg.id}/archive`, { method: 'POST' }), 428, 'precondition_required');
    assertProblem(await archive(pkg, 'archive', pkg.version + 5), 412, 'version_conflict');
    assertProblem(await test.call('/v1/admin/packages/pkg_nothing_here/archive', { method: 'POST', headers: ifMatch(1) }), 404, 'not_found');
    assertProblem(await test.call(`/v1/admin/packages/${pkg.id}/archive`, { method: 'POST', key: 'publishable', headers: ifMatch(pkg.version) }), 403, 'forbidden');
  });

  it('refuses to delete a bought package with 409 telling to archive it, and refuses new purchases once archived', async () => {
    const pkg = await checkoutPackage(test, EXPERT, { sessions: 2 });
    const bought = await buyByCard(pkg);
    assert.equal(bought.status, 201, JSON.stringify(bought.body));

    const refused = assertProblem(await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: ifMatch(pkg.version) }), 409, 'package_has_purchases');
    assert.match(refused.detail ?? '', /archive it instead/);
    assert.match(refused.detail ?? '', new RegExp(`/v1/admin/packages/${pkg.id}/archive`));

    const archived = await archive(pkg);
    assert.equal(archived.status, 200);
    const again = assertProblem(await buyByCard(pkg), 422, 'validation_failed');
    assert.deepEqual(again.errors?.map((error) => [error.field, error.code]), [['packageId', 'package_archived']]);
    assert.match(again.errors?.[0]?.message ?? '', /archived/);

    // The earlier purchase keeps booking its remaining sessions.
    const receipt = bought.body;
    const booked = await book<{ purchase: Receipt }>(test, { purchaseId: receipt.id, purchaseToken: receipt.token, starts: ['2026-03-03T09:00:00Z'] });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.purchase.sessionsUsed, 1);
  });

  it('gives its buyer the archived package with their bookings, with its place, and the booking from its link too', async () => {
    const pkg = await checkoutPackage(test, EXPERT, {
      sessions: 2,
      appointmentType: 'face_to_face',
      service: null,
      location: 'Torstraße 49, 10119 Berlin',
      title: 'Studio sessions',
    });
    const other = await checkoutPackage(test, EXPERT, { title: 'Still on sale' });
    const guest = { name: 'Bea Buyer', email: 'bea@example.com' };
    const bought = await purchase<Receipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest });
    const boughtToo = await purchase<Receipt>(test, { packageId: other.id, method: 'card', paymentMethod: 'pm_card_visa', guest });
    assert.deepEqual([bought.status, boughtToo.status], [201, 201], JSON.stringify(bought.body));
    const booked = await book<{ bookings: { id: string }[] }>(test, { purchaseId: bought.body.id, purchaseToken: bought.body.token, starts: ['2026-03-04T09:00:00Z'] });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await archive(pkg);

    const customer = await signIn(test, guest.email);
    const mine = await test.call<Schema<'MyBookings'>>('/v1/me/bookings', { headers: { 'apptkit-customer': customer.token } });
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    const sent = mine.body.packages ?? [];
    assert.deepEqual(sent.map((item) => item.id).sort(), [pkg.id, other.id].sort(), 'each package of a booking or purchase, once');
    const studio = sent.find((item) => item.id === pkg.id);
    assert.deepEqual([studio?.title, studio?.archived, studio?.location, studio?.effectivePolicy?.cancelCutoffHours], ['Studio sessions', true, 'Torstraße 49, 10119 Berlin', 24]);

    const [booking] = booked.body.bookings;
    const linked = await test.call<Schema<'ManagedBooking'>>(`/v1/bookings/${booking?.id}`, { headers: { 'apptkit-customer': customer.token } });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.deepEqual([linked.body.package?.id, linked.body.package?.archived, linked.body.package?.location], [pkg.id, true, 'Torstraße 49, 10119 Berlin']);
    assert.deepEqual(linked.body.package?.effectivePolicy, linked.body.policy);
  });

  it('still deletes a package nobody bought', async () => {
    const pkg = await checkoutPackage(test, EXPERT);
    const deleted = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: ifMatch(pkg.version) });
    assert.equal(deleted.status, 204);
  });
});
