/**
 * Booking reminders through the job table: planned and sent on the server clock (ticks driven by
 * hand with `runJobsOnce()`), once each whatever runs the ticks, in the customer's language and
 * zone, never for a cancelled or moved booking, retried with a backoff when the mailer fails, and
 * not sent again after a restart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { Mail, Mailer } from '../../demo/server/server.js';
import { resolveConfig } from '../../demo/server/config.js';
import { claimDue, enqueue, JOB_LEASE_MS, LEASE_EXPIRED_ERROR } from '../../demo/server/db/jobs.js';
import { checkoutPackage, hold, openExpert, purchase, type Booking } from './checkout-fixtures.js';
import { ADMIN_KEY, startTestServer, testClock, type TestClock, type TestServer } from './harness.js';
import { outbox, type OutboxMail } from './mail-fixtures.js';

const T0 = '2031-01-06T08:00:00Z'; // a Monday; Berlin is on UTC+1
const EXPERT = 'exp_reminders';
const REMINDER_SUBJECTS = /^(Reminder|Erinnerung|Hatırlatma|تذكير): /;

/** Asserts that `text` contains `part`, showing both when it does not. */
function assertIncludes(text: string, part: string): void {
  assert.ok(text.includes(part), `${JSON.stringify(part)} is not in:\n${text}`);
}

/** The reminders mailed to `to`, oldest first. */
async function remindersTo(test: TestServer, to: string): Promise<OutboxMail[]> {
  return (await outbox(test, to)).filter((mail) => REMINDER_SUBJECTS.test(mail.subject)).reverse();
}

/** Buys `pkg` as a guest with sessions at `starts` (paid by test card) and returns the bookings. */
async function bookAsGuest(test: TestServer, pkg: AppointmentPackage, starts: string[], guest: { name: string; email: string }, extra: Record<string, string> = {}): Promise<Booking[]> {
  const held = await hold(test, pkg, starts);
  const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest, ...extra });
  assert.equal(paid.status, 201, JSON.stringify(paid.body));
  assert.equal(paid.body.bookings.length, starts.length);
  return paid.body.bookings;
}

/** Books one session at `start` like {@link bookAsGuest} and returns it. */
async function bookOne(test: TestServer, pkg: AppointmentPackage, start: string, guest: { name: string; email: string }, extra: Record<string, string> = {}): Promise<Booking> {
  const [booking] = await bookAsGuest(test, pkg, [start], guest, extra);
  assert.ok(booking);
  return booking;
}

/** Sets the clock to `instant` and runs one tick of the job runner. */
async function tickAt(test: TestServer, clock: TestClock, instant: string) {
  clock.set(instant);
  return test.server.runJobsOnce();
}

/** The reminder jobs of `bookingId`: offset, whether done, attempts. */
async function reminderJobs(test: TestServer, bookingId: string) {
  const { rows } = await test.server.database.query<{ dedupe_key: string; done: boolean; failed: boolean; attempts: number; last_error: string | null }>(
    `SELECT dedupe_key, done_at IS NOT NULL AS done, failed_at IS NOT NULL AS failed, attempts, last_error FROM jobs
     WHERE payload->>'bookingId' = $1 ORDER BY run_at`,
    [bookingId],
  );
  return rows;
}

describe('booking reminders', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock, jobs: false, joinPageUrl: 'https://shop.example/call' }, { persistent: true });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Career coaching' });
  });
  after(() => test.close());

  it('sends the 24-hour and the 1-hour reminder once each, at their times, in the customer language and zone, named', async () => {
    const guest = { name: 'Greta', email: 'greta.reminders@example.com' };
    const booking = await bookOne(test, pkg, '2031-01-08T10:00:00Z', guest, { locale: 'de-AT', timeZone: 'Europe/Berlin' });
    assert.equal((await tickAt(test, clock, T0)).planned, 2);
    assert.deepEqual(await remindersTo(test, guest.email), []);

    await tickAt(test, clock, '2031-01-07T09:59:59Z');
    assert.deepEqual(await remindersTo(test, guest.email), [], 'nothing before start − 24 h');

    assert.equal((await tickAt(test, clock, '2031-01-07T10:00:00Z')).done, 1);
    const [day] = await remindersTo(test, guest.email);
    assert.equal(day?.subject, 'Erinnerung: Career coaching');
    assert.match(day?.text ?? '', /^Hallo Greta,\n\n/);
    assertIncludes(day?.text ?? '', `Ihre Sitzung von „Career coaching“ bei Test expert ${EXPERT} beginnt in 24 Stunden:\n  Mi., 8. Jan. 2031, 11:00–11:50 Uhr Mitteleuropäische Zeit (Europe/Berlin)`);
    // Its own call link: a token minted for the reminder, admitting this booking.
    const link = new RegExp(`\\n  Zum Anruf: https://shop\\.example/call\\?booking=${booking.id}#join=(jnt_[^\\s]+)\\n`).exec(day?.text ?? '');
    assert.ok(link, day?.text);
    const admitted = await test.call<{ booking: { id: string } }>(`/v1/bookings/${booking.id}`, { headers: { 'apptkit-join': decodeURIComponent(link[1]!) } });
    assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
    assert.equal(admitted.body.booking.id, booking.id);

    await tickAt(test, clock, '2031-01-07T10:00:00Z');
    await tickAt(test, clock, '2031-01-08T08:59:00Z');
    assert.equal((await remindersTo(test, guest.email)).length, 1, 'a tick run again sends nothing more');

    await tickAt(test, clock, '2031-01-08T09:00:30Z');
    const mails = await remindersTo(test, guest.email);
    assert.equal(mails.length, 2);
    assertIncludes(mails[1]?.text ?? '', 'beginnt in 1 Stunde:\n  Mi., 8. Jan. 2031, 11:00–11:50 Uhr Mitteleuropäische Zeit (Europe/Berlin)');
    await tickAt(test, clock, '2031-01-08T09:30:00Z');
    assert.equal((await remindersTo(test, guest.email)).length, 2);
    assert.deepEqual(
      (await reminderJobs(test, booking.id)).map((job) => [job.dedupe_key, job.done, job.attempts]),
      [
        [`reminder:${booking.id}:1440:2031-01-08T10:00:00.000Z`, true, 1],
        [`reminder:${booking.id}:60:2031-01-08T10:00:00.000Z`, true, 1],
      ],
    );
  });

  it('sends a reminder once when two runners tick at the same time', async () => {
    const guest = { name: 'Tarık', email: 'tarik.reminders@example.com' };
    await bookAsGuest(test, pkg, ['2031-01-09T14:00:00Z'], guest, { locale: 'tr', timeZone: 'Europe/Istanbul' });
    clock.set('2031-01-08T12:00:00Z');
    await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce()]);
    clock.set('2031-01-08T14:00:00Z');
    const ticks = await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce(), test.server.runJobsOnce()]);
    assert.equal(ticks.reduce((sum, tick) => sum + tick.done, 0), 1);
    const mails = await remindersTo(test, guest.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, 'Hatırlatma: Career coaching');
    assertIncludes(mails[0]?.text ?? '', `${'Test expert ' + EXPERT} ile "Career coaching" seansınız 24 saat sonra başlıyor:\n  9 Oca 2031 Per 17:00–17:50 Türkiye Standart Saati (Europe/Istanbul)`);
  });

  it('sends nothing for a cancelled booking, and reminds a moved one of its new start only', async () => {
    const guest = { name: 'Chris', email: 'chris.reminders@example.com' };
    const [cancelled, moved] = await bookAsGuest(test, pkg, ['2031-01-10T09:00:00Z', '2031-01-10T11:00:00Z'], guest);
    assert.ok(cancelled && moved);
    await tickAt(test, clock, '2031-01-08T15:00:00Z');
    await test.server.database.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2::timestamptz, cancelled_by = 'business', session_returned = true WHERE id = $1`,
      [cancelled.id, clock.now],
    );
    await test.server.database.query(
      `UPDATE bookings SET starts_at = '2031-01-11T11:00:00Z', ends_at = '2031-01-11T11:50:00Z' WHERE id = $1`,
      [moved.id],
    );
    for (const instant of ['2031-01-09T09:00:00Z', '2031-01-09T11:00:00Z', '2031-01-10T08:00:00Z', '2031-01-10T10:00:00Z']) {
      await tickAt(test, clock, instant);
    }
    assert.deepEqual(await remindersTo(test, guest.email), [], 'neither the cancelled booking nor the old start of the moved one');
    assert.ok((await reminderJobs(test, cancelled.id)).every((job) => job.done), 'the planned jobs ran and sent nothing');

    await tickAt(test, clock, '2031-01-10T11:00:00Z');
    const [mail] = await remindersTo(test, guest.email);
    assert.equal(mail?.subject, 'Reminder: Career coaching');
    // No language or zone of the customer's is known: English, the expert's zone, named.
    assertIncludes(mail?.text ?? '', `Your session of "Career coaching" with Test expert ${EXPERT} starts in 24 hours:\n  Sat, 11 Jan 2031, 11:00–11:50 Coordinated Universal Time (UTC)`);
    assertIncludes(mail?.text ?? '', `\n  Join the call: https://shop.example/call?booking=${moved.id}#join=jnt_`);
    assertIncludes(mail?.text ?? '', 'Joining opens 10 minutes before each session.');
  });

  it('skips the reminders already due when the session was booked, and says where a face-to-face meeting is', async () => {
    const meeting = await checkoutPackage(test, EXPERT, { title: 'Studio visit', appointmentType: 'face_to_face', service: null });
    const guest = { name: 'Amal', email: 'amal.reminders@example.com' };
    clock.set('2031-01-12T08:00:00Z');
    await bookAsGuest(test, meeting, ['2031-01-12T10:00:00Z'], guest, { locale: 'ar', timeZone: 'Asia/Riyadh' });
    assert.equal((await tickAt(test, clock, '2031-01-12T08:00:30Z')).planned, 1, 'only the 1-hour reminder is still ahead');
    await tickAt(test, clock, '2031-01-12T09:00:00Z');
    await tickAt(test, clock, '2031-01-12T09:30:00Z');
    const mails = await remindersTo(test, guest.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, 'تذكير: Studio visit');
    assertIncludes(mails[0]?.text ?? '', 'بعد ساعة واحدة:');
    assertIncludes(mails[0]?.text ?? '', '(\u2068Asia/Riyadh\u2069)');
    assertIncludes(mails[0]?.text ?? '', 'شخصيًا في المكان المتفق عليه عند الحجز');
  });

  it('does not send a reminder whose session has started, and sends nothing again after a restart', async () => {
    const guest = { name: 'Pat', email: 'pat.reminders@example.com' };
    const booking = await bookOne(test, pkg, '2031-01-14T15:00:00Z', guest);
    await tickAt(test, clock, '2031-01-13T12:00:00Z');
    await test.restart();
    // Planned before the restart, due after it: sent by the new instance, once.
    await tickAt(test, clock, '2031-01-13T15:00:00Z');
    await test.restart();
    await tickAt(test, clock, '2031-01-13T15:00:00Z');
    assert.equal((await remindersTo(test, guest.email)).length, 1);
    // The 1-hour reminder's runner was down until after the start: it is never sent.
    await test.restart();
    await tickAt(test, clock, '2031-01-14T15:00:00Z');
    assert.equal((await remindersTo(test, guest.email)).length, 1);
    assert.deepEqual((await reminderJobs(test, booking.id)).map((job) => job.done), [true, true]);
    // The reminders sent before the restarts stay sent once.
    assert.equal((await remindersTo(test, 'greta.reminders@example.com')).length, 2);
  });

  it('gives the address of a face-to-face meeting in its confirmation and reminder, with no call link', async () => {
    const meeting = await checkoutPackage(test, EXPERT, {
      title: 'Office visit',
      appointmentType: 'face_to_face',
      service: null,
      sessions: 1,
      location: '  Torstraße 49\n10119 Berlin  ',
    });
    assert.equal(meeting.location, 'Torstraße 49\n10119 Berlin', 'stored trimmed, line break kept');
    const guest = { name: 'Jonas', email: 'jonas.reminders@example.com' };
    clock.set('2031-01-19T08:00:00Z');
    await bookAsGuest(test, meeting, ['2031-01-20T10:00:00Z'], guest, { locale: 'de', timeZone: 'Europe/Berlin' });
    const [order] = await outbox(test, guest.email);
    assert.equal(order?.subject, 'Bestellung bestätigt: Office visit');
    assertIncludes(order?.text ?? '', 'Adresse: Torstraße 49, 10119 Berlin\nSie treffen');
    assert.ok(!(order?.text ?? '').includes('Zum Anruf'), `a meeting has no call link:\n${order?.text}`);
    await tickAt(test, clock, '2031-01-19T10:00:00Z');
    const [reminder] = await remindersTo(test, guest.email);
    assertIncludes(reminder?.text ?? '', 'Adresse: Torstraße 49, 10119 Berlin\nSie treffen');
    assertIncludes(reminder?.text ?? '', 'persönlich an dieser Adresse; es gibt keinen Anruf.');
    assert.ok(!(reminder?.text ?? '').includes('Zum Anruf'), `a meeting has no call link:\n${reminder?.text}`);
  });
});

describe('booking reminders with a failing mailer', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  const clock = testClock(T0);
  const sent: Mail[] = [];
  let failures = 0;
  /** Fails the next `failures` reminders, sends everything else. */
  const mailer: Mailer = {
    async send(mail) {
      if (REMINDER_SUBJECTS.test(mail.subject) && failures > 0) {
        failures -= 1;
        throw new Error('SMTP server unavailable');
      }
      sent.push(mail);
    },
  };
  const reminders = (to: string) => sent.filter((mail) => mail.to === to && REMINDER_SUBJECTS.test(mail.subject));

  before(async () => {
    test = await startTestServer({ clock: clock.clock, jobs: false, mailer });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Career coaching' });
  });
  after(() => test.close());

  it('retries with a growing wait, then sends once', async () => {
    const guest = { name: 'Robin', email: 'robin.retry@example.com' };
    const booking = await bookOne(test, pkg, '2031-01-08T10:00:00Z', guest);
    await tickAt(test, clock, T0);
    failures = 2;
    assert.deepEqual(await tickAt(test, clock, '2031-01-07T10:00:00Z'), { planned: 0, done: 0, retried: 1, failed: 0 });
    const [first] = await reminderJobs(test, booking.id);
    assert.equal(first?.last_error, 'SMTP server unavailable');
    assert.equal((await tickAt(test, clock, '2031-01-07T10:00:59Z')).retried, 0, 'not before a minute has passed');
    assert.equal((await tickAt(test, clock, '2031-01-07T10:01:00Z')).retried, 1);
    assert.equal((await tickAt(test, clock, '2031-01-07T10:02:59Z')).done, 0, 'then two minutes');
    assert.equal((await tickAt(test, clock, '2031-01-07T10:03:00Z')).done, 1);
    await tickAt(test, clock, '2031-01-07T10:30:00Z');
    assert.equal(reminders(guest.email).length, 1);
    assert.equal((await reminderJobs(test, booking.id))[0]?.attempts, 3);
    assert.ok(test.logs.some((line) => line.level === 'error' && line.message === 'job attempt failed; it will be retried'));
  });

  it('gives up after the last attempt and keeps the job, failed, with its error', async () => {
    const guest = { name: 'Sam', email: 'sam.retry@example.com' };
    const booking = await bookOne(test, pkg, '2031-01-09T10:00:00Z', guest);
    await tickAt(test, clock, '2031-01-07T12:00:00Z');
    failures = Number.POSITIVE_INFINITY;
    try {
      let at = Date.parse('2031-01-08T10:00:00Z');
      const outcomes: number[] = [];
      for (let attempt = 1; attempt <= 8; attempt += 1) {
        const tick = await tickAt(test, clock, new Date(at).toISOString());
        outcomes.push(tick.failed);
        at += 60 * 60_000;
      }
      assert.deepEqual(outcomes, [0, 0, 0, 0, 0, 0, 0, 1], 'seven retries, then failed');
      assert.equal((await tickAt(test, clock, new Date(at).toISOString())).retried, 0, 'a failed job is not tried again');
      const [job] = await reminderJobs(test, booking.id);
      assert.deepEqual([job?.failed, job?.done, job?.attempts, job?.last_error], [true, false, 8, 'SMTP server unavailable']);
      assert.deepEqual(reminders(guest.email), []);
      assert.ok(test.logs.some((line) => line.level === 'error' && line.message === 'job failed after its last attempt'));
    } finally {
      failures = 0;
    }
  });
});

describe('claiming due jobs', () => {
  let test: TestServer;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock, jobs: false, seed: false });
  });
  after(() => test.close());

  it('gives each due job to one of several concurrent claimers, and again to one after its lease ran out', async () => {
    const db = test.server.database;
    const nowMs = Date.parse(T0);
    for (let index = 0; index < 30; index += 1) {
      assert.equal(await enqueue(db, { kind: 'probe', key: `probe:${index}`, runAt: nowMs - index * 1000, payload: { index } }, nowMs), true);
    }
    assert.equal(await enqueue(db, { kind: 'probe', key: 'probe:0', runAt: nowMs }, nowMs), false, 'one job per key');
    assert.equal(await enqueue(db, { kind: 'probe', key: 'probe:later', runAt: nowMs + 1000 }, nowMs), true);

    const batches = await Promise.all([claimDue(db, nowMs, 12), claimDue(db, nowMs, 12), claimDue(db, nowMs, 12)]);
    const keys = batches.flat().map((job) => job.key);
    assert.equal(keys.length, 30);
    assert.equal(new Set(keys).size, 30, 'no job is claimed twice');
    assert.ok(!keys.includes('probe:later'), 'a job not yet due is left');
    assert.deepEqual(await claimDue(db, nowMs + JOB_LEASE_MS - 1, 50).then((jobs) => jobs.map((job) => job.key)), ['probe:later'], 'leased jobs are not claimed');

    // The claimers "crashed": once the lease has run out, each job is claimed again, by one claimer.
    const again = await Promise.all([claimDue(db, nowMs + JOB_LEASE_MS, 40), claimDue(db, nowMs + JOB_LEASE_MS, 40)]);
    const retaken = again.flat().filter((job) => job.key !== 'probe:later');
    assert.equal(retaken.length, 30);
    assert.ok(retaken.every((job) => job.attempts === 2));

    // A job whose lease runs out during its last attempt is marked failed, not run again.
    const lastTry = await claimDue(db, nowMs + 3 * JOB_LEASE_MS, 50, { maxAttempts: 3 });
    assert.equal(lastTry.length, 31);
    const after = await claimDue(db, nowMs + 5 * JOB_LEASE_MS, 50, { maxAttempts: 3 });
    assert.deepEqual(after.map((job) => [job.key, job.attempts]), [['probe:later', 3]], 'only the job with an attempt left');
    const { rows } = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM jobs WHERE failed_at IS NOT NULL AND last_error = $1`, [LEASE_EXPIRED_ERROR]);
    assert.equal(Number(rows[0]?.n), 30);
  });
});

describe('the job poller', () => {
  it('runs the jobs every pollMs once the server listens, and stops on close', async () => {
    const clock = testClock(T0);
    const test = await startTestServer({ clock: clock.clock, jobs: { pollMs: 20 } });
    try {
      await openExpert(test, EXPERT);
      const pkg = await checkoutPackage(test, EXPERT, { title: 'Career coaching' });
      const guest = { name: 'Polly', email: 'polly.poller@example.com' };
      await bookOne(test, pkg, '2031-01-08T10:00:00Z', guest);
      // Let a tick plan the reminders before their time comes.
      await new Promise((resolve) => setTimeout(resolve, 200));
      clock.set('2031-01-07T10:00:00Z');
      const deadline = performance.now() + 10_000;
      while ((await remindersTo(test, guest.email)).length === 0 && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal((await remindersTo(test, guest.email)).length, 1);
    } finally {
      await test.close();
    }
  });

  it('refuses a poll interval that is not a whole number of milliseconds from 1 to 3600000', () => {
    const base = { adminKey: ADMIN_KEY, allowedOrigins: [], adminOrigins: [] };
    assert.deepEqual(resolveConfig(base).jobs, { pollMs: 30_000 });
    assert.equal(resolveConfig({ ...base, jobs: false }).jobs, false);
    for (const pollMs of [0, 1.5, 3_600_001, Number.NaN]) {
      assert.throws(() => resolveConfig({ ...base, jobs: { pollMs } }), { name: 'TypeError', message: /^jobs\.pollMs must be a whole number/ });
    }
  });
});
