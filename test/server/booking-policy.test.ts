import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { join } from './call-fixtures.js';
import { book, checkoutPackage, grant, hold, newKey, offeredOn, openExpert, purchase, signIn, type Purchase, type Receipt, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type ApiResponse, type Problem, type TestServer } from './harness.js';
import { outbox } from './mail-fixtures.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday
const EXPERT = 'exp_policy_tests';
const MANAGE_PAGE = 'https://shop.example/manage';
const HOUR = 3_600_000;

interface BookingPolicy {
  cancelCutoffHours: number;
  rescheduleCutoffHours: number;
  cancelReturnsSession: boolean;
}

interface Settings {
  defaultCountry: string;
  defaultCurrency: string;
  bookingPolicy: BookingPolicy;
  reminderMinutes: number[];
  version: number;
}

interface Booking {
  id: string;
  purchaseId: string;
  start: string;
  end: string;
  status: 'booked' | 'cancelled';
  cancelledAt?: string;
  cancelledBy?: 'customer' | 'business';
  sessionReturned?: boolean;
  cancellableUntil?: string;
  reschedulableUntil?: string;
  rescheduledFrom?: string;
  joinToken?: string;
}

interface BookingChange {
  booking: Booking;
  purchase: Purchase;
  emailSent: boolean;
}

type CutoffProblem = Problem & { deadline: string; cutoffHours: number };

/** Who asks: a signed-in customer, a holder of the e-mail link, or nobody. */
type Who = { customer: SignedIn } | { join: string } | Record<string, never>;

const headersOf = (who: Who, key?: string): Record<string, string> => ({
  ...('customer' in who ? { 'apptkit-customer': who.customer.token } : {}),
  ...('join' in who ? { 'apptkit-join': who.join } : {}),
  ...(key === undefined ? {} : { 'idempotency-key': key }),
});

/** `instant` minus `ms`, as the API writes instants (no milliseconds when whole seconds). */
const minus = (instant: string, ms: number): string => new Date(Date.parse(instant) - ms).toISOString().replace('.000Z', 'Z');

describe('booking policy, customer cancel and reschedule, admin cancel', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  const clock = testClock(T0);

  const getBooking = (id: string, who: Who) => test.call<{ booking: Booking; packageTitle: string; expertName: string; durationMinutes: number; policy: BookingPolicy }>(`/v1/bookings/${id}`, { headers: headersOf(who) });
  /** `POST …/cancel`; `key: null` sends no Idempotency-Key. */
  const cancel = (id: string, who: Who, body: unknown = {}, key: string | null = newKey('cancel')) =>
    test.call<BookingChange>(`/v1/bookings/${id}/cancel`, { method: 'POST', body, headers: headersOf(who, key ?? undefined) });
  const reschedule = (id: string, who: Who, start: string, key = newKey('move')) =>
    test.call<BookingChange>(`/v1/bookings/${id}/reschedule`, { method: 'POST', body: { start }, headers: headersOf(who, key) });
  const adminCancel = (id: string, body: unknown = {}, key = newKey('admin-cancel')) =>
    test.call<BookingChange>(`/v1/admin/bookings/${id}/cancel`, { method: 'POST', body, headers: { 'idempotency-key': key } });

  /** A signed-in customer who bought `of` with credits and booked `starts`; the bookings carry their join tokens. */
  async function customerWith(email: string, starts: string[], of: AppointmentPackage = pkg): Promise<{ customer: SignedIn; bookings: Booking[]; purchase: Purchase }> {
    const customer = await signIn(test, email, email.split('@')[0]);
    await grant(test, customer.customerId, of.credits ?? 0);
    const bought = await purchase(test, { packageId: of.id, method: 'credits' }, { customer });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const booked = await book<{ bookings: Booking[]; purchase: Purchase }>(test, { purchaseId: bought.body.id, starts }, { customer });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    return { customer, bookings: booked.body.bookings, purchase: booked.body.purchase };
  }

  before(async () => {
    test = await startTestServer({ clock: clock.clock, managePageUrl: MANAGE_PAGE, joinPageUrl: 'https://shop.example/call' });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Policy coaching' });
  });
  after(() => test.close());

  it('reads and changes the tenant policy under If-Match, naming each invalid field', async () => {
    const read = await test.call<Settings>('/v1/admin/settings');
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.bookingPolicy, { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true });
    assert.deepEqual(read.body.reminderMinutes, [1440, 60]);
    assert.equal(read.body.version, 1);
    assert.equal(read.headers.get('etag'), '"1"');

    const patch = (body: unknown, ifMatch?: string) =>
      test.call<Settings>('/v1/admin/settings', { method: 'PATCH', body, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
    assertProblem(await patch({ reminderMinutes: [60] }), 428, 'precondition_required');
    const tooLong = assertProblem(await patch({ bookingPolicy: { cancelCutoffHours: 721, rescheduleCutoffHours: 12, cancelReturnsSession: true } }, '"1"'), 422, 'validation_failed');
    assert.deepEqual(tooLong.errors?.map((error) => error.field), ['bookingPolicy.cancelCutoffHours']);
    const missing = assertProblem(await patch({ bookingPolicy: { cancelCutoffHours: 24, rescheduleCutoffHours: 12 } }, '"1"'), 422, 'validation_failed');
    assert.ok(missing.errors?.some((error) => error.field === 'bookingPolicy.cancelReturnsSession'), JSON.stringify(missing.errors));
    const twice = assertProblem(await patch({ reminderMinutes: [60, 60] }, '"1"'), 422, 'validation_failed');
    assert.ok(twice.errors?.every((error) => error.field.startsWith('reminderMinutes')), JSON.stringify(twice.errors));
    assertProblem(await patch({}, '"1"'), 422, 'validation_failed');

    const changed = await patch({ bookingPolicy: { cancelCutoffHours: 24, rescheduleCutoffHours: 12, cancelReturnsSession: true }, reminderMinutes: [120] }, '"1"');
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual(changed.body.bookingPolicy, { cancelCutoffHours: 24, rescheduleCutoffHours: 12, cancelReturnsSession: true });
    assert.deepEqual(changed.body.reminderMinutes, [120]);
    assert.equal(changed.body.version, 2);
    assert.equal(changed.headers.get('etag'), '"2"');
    const stale = assertProblem(await patch({ reminderMinutes: [1440, 60] }, '"1"'), 412, 'version_conflict');
    assert.equal(stale.currentVersion, 2);
    const back = await patch({ reminderMinutes: [1440, 60] }, '"2"');
    assert.equal(back.status, 200);
    assert.deepEqual(back.body.bookingPolicy.rescheduleCutoffHours, 12, 'a patch without bookingPolicy keeps it');
    assert.equal((await test.call<Settings>('/v1/admin/settings')).body.version, 3);
  });

  it('keeps a package override on admin answers and the effective policy on the public list', async () => {
    const own = { cancelCutoffHours: 48, rescheduleCutoffHours: 6, cancelReturnsSession: false };
    const created = await test.call<AppointmentPackage>('/v1/admin/packages', {
      method: 'POST',
      body: { ...(await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`)).body, id: undefined, version: undefined, expertId: EXPERT, title: 'Own policy', bookingPolicy: own },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.bookingPolicy, own);
    assert.equal((await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`)).body.bookingPolicy, undefined, 'no override: no field');

    const bad = await test.call(`/v1/admin/packages/${created.body.id}`, {
      method: 'PATCH',
      body: { bookingPolicy: { ...own, rescheduleCutoffHours: -1 } },
      headers: { 'if-match': '"1"' },
    });
    const problem = assertProblem(bad, 422, 'validation_failed');
    assert.ok(problem.errors?.some((error) => error.field === 'bookingPolicy.rescheduleCutoffHours'), JSON.stringify(problem.errors));

    const list = async () => (await test.call<{ data: AppointmentPackage[] }>(`/v1/experts/${EXPERT}/packages`)).body.data;
    const tenant = { cancelCutoffHours: 24, rescheduleCutoffHours: 12, cancelReturnsSession: true };
    let listed = await list();
    assert.deepEqual(listed.find((p) => p.id === created.body.id)?.effectivePolicy, own);
    assert.deepEqual(listed.find((p) => p.id === pkg.id)?.effectivePolicy, tenant);
    // The package's own policy beside it, so that a back office editing from the list keeps it.
    assert.deepEqual(listed.find((p) => p.id === created.body.id)?.bookingPolicy, own);
    assert.equal(listed.find((p) => p.id === pkg.id)?.bookingPolicy, undefined);

    const cleared = await test.call<AppointmentPackage>(`/v1/admin/packages/${created.body.id}`, { method: 'PATCH', body: { bookingPolicy: null }, headers: { 'if-match': '"1"' } });
    assert.equal(cleared.status, 200, JSON.stringify(cleared.body));
    assert.equal(cleared.body.bookingPolicy, undefined);
    listed = await list();
    assert.deepEqual(listed.find((p) => p.id === created.body.id)?.effectivePolicy, tenant);
    const archived = await test.call(`/v1/admin/packages/${created.body.id}/archive`, { method: 'POST', headers: { 'if-match': '"2"' } });
    assert.equal(archived.status, 200, JSON.stringify(archived.body));
  });

  it('cancels just inside the cut-off, returning the session and freeing the slot, in the customer’s language; not at the deadline', async () => {
    const start = '2026-03-04T10:00:00Z';
    const { bookings, purchase: before } = await customerWith('cancel.edge@example.com', [start]);
    const booking = bookings[0] as Booking;
    const deadline = minus(start, 24 * HOUR);
    assert.equal(booking.cancellableUntil, deadline);
    assert.equal(booking.reschedulableUntil, minus(start, 12 * HOUR));
    assert.equal(before.sessionsUsed, 1);

    clock.set(deadline);
    const customer = await signIn(test, 'cancel.edge@example.com'); // a token of the new day
    const late = assertProblem(await cancel(booking.id, { customer }), 409, 'cancel_cutoff_passed') as CutoffProblem;
    assert.equal(late.deadline, deadline);
    assert.equal(late.cutoffHours, 24);
    assert.equal(late.detail, `Cancellations close 24 hours before the session; for this one they closed at ${deadline}.`);
    const unchanged = await getBooking(booking.id, { customer });
    assert.equal(unchanged.body.booking.status, 'booked');

    clock.set(minus(deadline, 1));
    const done = await cancel(booking.id, { customer }, { locale: 'de-DE', timeZone: 'Europe/Berlin', reason: '  Krank  ' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.booking.status, 'cancelled');
    assert.equal(done.body.booking.cancelledBy, 'customer');
    assert.equal(done.body.booking.sessionReturned, true);
    assert.equal(done.body.booking.cancelledAt, minus(deadline, 1));
    assert.equal(done.body.booking.cancellableUntil, undefined);
    assert.equal(done.body.purchase.sessionsUsed, 0);
    assert.equal(done.body.emailSent, true);
    const mails = (await outbox(test, 'cancel.edge@example.com')).filter((mail) => mail.subject.startsWith('Sitzung storniert'));
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, 'Sitzung storniert: Policy coaching');
    const text = mails[0]?.text ?? '';
    assert.ok(text.includes('Ihre Sitzung von „Policy coaching“ bei Test expert exp_policy_tests ist wie gewünscht storniert:'), text);
    assert.ok(text.includes('11:00–11:50') && text.includes('(Europe/Berlin)'), text);
    assert.ok(text.includes('Grund: Krank\n'), text);
    assert.ok(text.includes('wieder gutgeschrieben'), text);

    // The slot is free again: someone else books it; the returned session can be booked again.
    assert.ok((await offeredOn(test, pkg, '2026-03-04')).includes('10:00'));
    const other = await customerWith('takes.freed.slot@example.com', [start]);
    assert.equal(other.bookings[0]?.start, start);
    const rebook = await book(test, { purchaseId: before.id, starts: ['2026-03-04T15:00:00Z'] }, { customer });
    assert.equal(rebook.status, 201, JSON.stringify(rebook.body));
    assert.equal(rebook.body.purchase.sessionsUsed, 1);

    // History: the cancelled booking is past, not upcoming; its call is gone.
    const mine = await test.call<{ bookings: Booking[]; pastBookings: Booking[] }>('/v1/me/bookings', { headers: headersOf({ customer }) });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.bookings.map((b) => b.id), [rebook.body.bookings[0]?.id]);
    assert.deepEqual(mine.body.pastBookings.map((b) => [b.id, b.status]), [[booking.id, 'cancelled']]);
    clock.set('2026-03-04T09:55:00Z');
    assertProblem(await join(test, booking.id, 'client', { join: booking.joinToken ?? '' }), 404, 'not_found');
    clock.set(T0);
  });

  it('reschedules just inside the cut-off to an offered slot, freeing the old one; not at the deadline, not off the offer, not onto a taken slot', async () => {
    const start = '2026-03-05T10:00:00Z';
    const { bookings } = await customerWith('move.edge@example.com', [start]);
    const booking = bookings[0] as Booking;
    const deadline = minus(start, 12 * HOUR);
    const taken = (await customerWith('holds.fourteen@example.com', ['2026-03-05T14:00:00Z'])).bookings[0] as Booking;

    clock.set(deadline);
    const customer = await signIn(test, 'move.edge@example.com'); // a token of the new day
    const late = assertProblem(await reschedule(booking.id, { customer }, '2026-03-05T13:00:00Z'), 409, 'reschedule_cutoff_passed') as CutoffProblem;
    assert.equal(late.deadline, deadline);
    assert.equal(late.cutoffHours, 12);
    assert.match(late.detail, /^Reschedules close 12 hours before the session/);

    clock.set(minus(deadline, 1));
    const offGrid = assertProblem(await reschedule(booking.id, { customer }, '2026-03-05T13:30:00Z'), 422, 'validation_failed');
    assert.deepEqual(offGrid.errors?.map((error) => [error.field, error.code]), [['start', 'not_offered']]);
    const closed = assertProblem(await reschedule(booking.id, { customer }, '2026-03-05T18:00:00Z'), 422, 'validation_failed');
    assert.deepEqual(closed.errors?.map((error) => error.field), ['start']);
    const clash = assertProblem(await reschedule(booking.id, { customer }, taken.start), 409, 'slot_taken');
    assert.deepEqual(clash.errors?.map((error) => error.field), ['start']);
    assert.equal((await getBooking(booking.id, { customer })).body.booking.start, start);

    const moved = await reschedule(booking.id, { customer }, '2026-03-05T13:00:00+00:00');
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.booking.start, '2026-03-05T13:00:00Z');
    assert.equal(moved.body.booking.end, '2026-03-05T13:50:00Z');
    assert.equal(moved.body.booking.rescheduledFrom, start);
    assert.equal(moved.body.booking.reschedulableUntil, '2026-03-05T01:00:00Z');
    assert.equal(moved.body.purchase.sessionsUsed, 1);
    assert.equal(moved.body.emailSent, true);
    const offered = await offeredOn(test, pkg, '2026-03-05');
    assert.ok(offered.includes('10:00') && !offered.includes('13:00'), offered.join());
    const [mail] = (await outbox(test, 'move.edge@example.com')).filter((m) => m.subject.startsWith('Session moved'));
    assert.ok(mail?.text.includes('New time: Thu, 5 Mar 2026, 13:00–13:50'), mail?.text);
    assert.ok(mail?.text.includes('Previously: Thu, 5 Mar 2026, 10:00–10:50'), mail?.text);
    clock.set(T0);
  });

  it('lets exactly one of two racing reschedules onto the same free slot win; the loser keeps its old slot', async () => {
    const a = await customerWith('race.a@example.com', ['2026-03-06T09:00:00Z']);
    const b = await customerWith('race.b@example.com', ['2026-03-06T10:00:00Z']);
    const target = '2026-03-06T15:00:00Z';
    const answers = await Promise.all([
      reschedule((a.bookings[0] as Booking).id, { customer: a.customer }, target),
      reschedule((b.bookings[0] as Booking).id, { customer: b.customer }, target),
    ]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409]);
    const loserIndex = answers.findIndex((answer) => answer.status === 409);
    assertProblem(answers[loserIndex] as ApiResponse, 409, 'slot_taken');
    const loser = loserIndex === 0 ? a : b;
    const loserBooking = loser.bookings[0] as Booking;
    const kept = await getBooking(loserBooking.id, { customer: loser.customer });
    assert.equal(kept.body.booking.start, loserBooking.start);
    assert.equal(kept.body.booking.rescheduledFrom, undefined);
    const offered = await offeredOn(test, pkg, '2026-03-06');
    assert.ok(!offered.includes(loserBooking.start.slice(11, 16)) && !offered.includes('15:00'), offered.join());
  });

  it('admits the holder of the e-mail link and nobody else, and replays a cancel under its key', async () => {
    const held = await hold(test, pkg, ['2026-03-09T09:00:00Z', '2026-03-09T11:00:00Z']);
    const guest = { name: 'Gita Guest', email: 'gita.guest@example.com' };
    const paid = await purchase<Receipt & { bookings: Booking[] }>(test, {
      packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest,
    });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const [first, second] = paid.body.bookings as [Booking, Booking];
    const link = { join: first.joinToken ?? '' };
    // The order confirmation links each booking's manage page with its own token.
    const [order] = await outbox(test, guest.email);
    assert.ok(order?.text.includes(`Reschedule or cancel: ${MANAGE_PAGE}#booking=${first.id}&token=${first.joinToken}`), order?.text);

    const read = await getBooking(first.id, link);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal(read.body.booking.id, first.id);
    assert.equal(read.body.packageTitle, 'Policy coaching');
    assert.equal(read.body.expertName, `Test expert ${EXPERT}`);
    assert.equal(read.body.durationMinutes, 50);
    assert.deepEqual(read.body.policy, { cancelCutoffHours: 24, rescheduleCutoffHours: 12, cancelReturnsSession: true });
    assert.equal(read.body.booking.joinToken, undefined);

    assertProblem(await getBooking(first.id, {}), 401, 'customer_required');
    assertProblem(await getBooking(first.id, { join: 'jnt_not_a_token' }), 401, 'invalid_join_token');
    assertProblem(await getBooking(second.id, link), 404, 'not_found');
    assertProblem(await getBooking('bkg_nope', link), 404, 'not_found');
    const stranger = await signIn(test, 'stranger@example.com');
    assertProblem(await getBooking(first.id, { customer: stranger }), 404, 'not_found');
    assertProblem(await cancel(first.id, { customer: stranger }), 404, 'not_found');
    assertProblem(await cancel(second.id, link), 404, 'not_found');
    assertProblem(await cancel(first.id, link, {}, null), 400, 'idempotency_key_required');

    const key = newKey('replay');
    const done = await cancel(first.id, link, {}, key);
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.emailSent, true);
    const replay = await cancel(first.id, link, {}, key);
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, done.body);
    assertProblem(await cancel(first.id, link, { reason: 'other body' }, key), 422, 'validation_failed');
    const again = assertProblem(await cancel(first.id, link), 409, 'booking_cancelled');
    assert.match(again.detail, /was cancelled at/);
    const notices = (await outbox(test, guest.email)).filter((mail) => mail.subject.startsWith('Session cancelled'));
    assert.equal(notices.length, 1);
    assertProblem(await reschedule(first.id, link, '2026-03-09T13:00:00Z'), 409, 'booking_cancelled');
  });

  it('lets the business cancel past the cut-off, keeping or returning the session and telling the customer or not', async () => {
    const { bookings, purchase: before } = await customerWith('business.cancel@example.com', ['2026-03-10T09:00:00Z', '2026-03-10T11:00:00Z', '2026-03-10T13:00:00Z']);
    const [kept, quiet, started] = bookings as [Booking, Booking, Booking];
    assert.equal(before.sessionsUsed, 3);
    clock.set('2026-03-10T08:30:00Z'); // past every customer cut-off, before the sessions
    const customer = await signIn(test, 'business.cancel@example.com'); // a token of the new day
    assertProblem(await cancel(kept.id, { customer }), 409, 'cancel_cutoff_passed');

    const done = await adminCancel(kept.id, { returnSession: false, reason: 'Expert is ill' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.booking.cancelledBy, 'business');
    assert.equal(done.body.booking.sessionReturned, false);
    assert.equal(done.body.purchase.sessionsUsed, 3, 'the session was not returned');
    assert.equal(done.body.emailSent, true);
    const [notice] = (await outbox(test, 'business.cancel@example.com')).filter((mail) => mail.subject.startsWith('Session cancelled'));
    assert.ok(notice?.text.includes('We are sorry: your session of "Policy coaching"'), notice?.text);
    assert.ok(notice?.text.includes('Reason: Expert is ill'), notice?.text);
    assert.ok(notice?.text.includes('The session was not returned to your package.'), notice?.text);
    assertProblem(await adminCancel(kept.id), 409, 'booking_cancelled');

    const silent = await adminCancel(quiet.id, { notifyCustomer: false });
    assert.equal(silent.status, 200, JSON.stringify(silent.body));
    assert.equal(silent.body.emailSent, false);
    assert.equal(silent.body.booking.sessionReturned, true);
    assert.equal(silent.body.purchase.sessionsUsed, 2);
    assert.equal((await outbox(test, 'business.cancel@example.com')).filter((mail) => mail.subject.startsWith('Session cancelled')).length, 1);

    clock.set('2026-03-10T13:00:00Z');
    const now = await signIn(test, 'business.cancel@example.com');
    assertProblem(await adminCancel(started.id), 409, 'booking_ended');
    assertProblem(await cancel(started.id, { customer: now }), 409, 'booking_ended');
    assertProblem(await adminCancel('bkg_nope'), 404, 'not_found');

    const mine = await test.call<{ bookings: Booking[]; pastBookings: Booking[] }>('/v1/me/bookings', { headers: headersOf({ customer: now }) });
    assert.deepEqual(mine.body.bookings.map((b) => b.id), [started.id], 'the running session is still upcoming until it ends');
    assert.deepEqual(mine.body.pastBookings.map((b) => b.id), [quiet.id, kept.id], 'newest start first');
    clock.set(T0);
  });
});
