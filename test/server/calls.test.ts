import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage, EndMode, EndTiming } from '../../src/core/index.js';
import { bookSession, end, expertToken, join, plus, recordingProvider, state, unix, type BookedSession, type RecordingProvider } from './call-fixtures.js';
import { checkoutPackage, hold, openExpert, purchase, signIn, type Receipt } from './checkout-fixtures.js';
import { assertProblem, SHOP_ORIGIN, startTestServer, testClock, type TestServer } from './harness.js';

const EXPERT = 'exp_call_tests';
const OTHER_EXPERT = 'exp_call_others';
const BOOKING_TIME = '2026-06-01T00:00:00Z';

describe('calls: join, state and end of a booking', () => {
  let test: TestServer;
  let provider: RecordingProvider;
  const clock = testClock(BOOKING_TIME);
  const packages = new Map<string, AppointmentPackage>();
  let day = 1;

  /** A 30-minute package with these rules (one per combination). */
  async function pkgOf(endMode: EndMode, endTiming: EndTiming, service: 'audio' | 'video' | 'phone' = 'video'): Promise<AppointmentPackage> {
    const key = `${endMode}/${endTiming}/${service}`;
    let pkg = packages.get(key);
    if (!pkg) {
      pkg = await checkoutPackage(test, EXPERT, { durationMinutes: 30, breakMinutes: 0, sessions: 1, endMode, endTiming, service, credits: null });
      packages.set(key, pkg);
    }
    return pkg;
  }

  /** Books a session of `pkg` at 10:00 UTC on a day of its own (the clock is set back to book). */
  async function session(pkg: AppointmentPackage): Promise<BookedSession> {
    clock.set(BOOKING_TIME);
    const start = `2026-06-${String(++day).padStart(2, '0')}T10:00:00Z`;
    return bookSession(test, pkg, start);
  }

  /** The booking expert's identification, with a token minted at the current server time. */
  const asExpert = async () => ({ expert: await expertToken(test, EXPERT) });

  before(async () => {
    provider = recordingProvider();
    test = await startTestServer({ clock: clock.clock, callProvider: provider });
    await openExpert(test, EXPERT);
    await openExpert(test, OTHER_EXPERT);
  });
  after(() => test.close());

  const combinations: [EndMode, EndTiming][] = [
    ['automatic', 'scheduled_end'],
    ['automatic', 'full_duration'],
    ['by_expert', 'scheduled_end'],
    ['by_expert', 'full_duration'],
  ];
  for (const [endMode, endTiming] of combinations) {
    for (const late of [0, 5]) {
      it(`${endMode} × ${endTiming}, client joins ${late === 0 ? 'on time' : '5 minutes late'}: server times and token expiry follow the rule`, async () => {
        const booked = await session(await pkgOf(endMode, endTiming));
        const joinedAt = plus(booked.start, late);
        clock.set(joinedAt);
        const tokensBefore = provider.tokens.length;
        const answer = await join(test, booked.id, 'client', { join: booked.joinToken });
        assert.equal(answer.status, 200, JSON.stringify(answer.body));

        const deadline = plus(booked.start, endTiming === 'full_duration' ? 30 + late : 30);
        const hardStop = endMode === 'automatic' ? deadline : plus(deadline, 15);
        assert.deepEqual(answer.body.times, { deadline, notifyExpertAt: endMode === 'by_expert' ? deadline : null, hardStop });
        assert.equal(answer.body.clientJoinedAt, joinedAt);
        assert.equal(answer.body.serverTime, joinedAt);
        assert.equal(answer.body.scheduledStart, booked.start);
        assert.equal(answer.body.joinOpensAt, plus(booked.start, -10));
        assert.equal(answer.body.joinClosesAt, hardStop);
        assert.equal(answer.body.overtimeCapMinutes, 15);
        assert.equal(answer.body.provider, 'test');
        assert.match(answer.body.roomUrl ?? '', /^https:\/\/test-calls\.apptkit\.invalid\//);

        assert.equal(provider.tokens.length, tokensBefore + 1);
        const token = provider.tokens.at(-1);
        assert.deepEqual(
          { nbf: token?.nbf, exp: token?.exp, eject: token?.ejectAtTokenExp, owner: token?.isOwner },
          { nbf: unix(plus(booked.start, -10)), exp: unix(hardStop), eject: true, owner: false },
        );
        const polled = await state(test, booked.id, await asExpert());
        assert.deepEqual(polled.body, { serverTime: joinedAt, clientJoinedAt: joinedAt, endedAt: null, endedBy: null, times: answer.body.times });
      });
    }
  }

  it('a rejoin keeps the first join: the full-duration deadline does not move', async () => {
    const booked = await session(await pkgOf('automatic', 'full_duration'));
    clock.set(plus(booked.start, 5));
    const first = await join(test, booked.id, 'client', { join: booked.joinToken });
    clock.set(plus(booked.start, 12));
    const again = await join(test, booked.id, 'client', { join: booked.joinToken });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.clientJoinedAt, plus(booked.start, 5));
    assert.deepEqual(again.body.times, first.body.times);
    assert.equal(again.body.times.deadline, plus(booked.start, 35));
    assert.equal(provider.rooms.filter((room) => room.name.endsWith(booked.id)).length, 1, 'one room per booking');
  });

  it('joining opens 10 minutes before the start: earlier is 425 too_early with joinOpensAt and serverTime', async () => {
    const booked = await session(await pkgOf('automatic', 'scheduled_end'));
    clock.set(plus(booked.start, -11));
    const early = assertProblem(await join(test, booked.id, 'client', { join: booked.joinToken }), 425, 'too_early') as unknown as Record<string, unknown>;
    assert.equal(early.joinOpensAt, plus(booked.start, -10));
    assert.equal(early.serverTime, plus(booked.start, -11));
    clock.set(plus(booked.start, -10));
    const open = await join(test, booked.id, 'expert', await asExpert());
    assert.equal(open.status, 200, JSON.stringify(open.body));
    assert.equal(provider.tokens.at(-1)?.isOwner, true, 'the expert gets an owner token');
  });

  it('a client who never joined cannot join after the scheduled end (410), and the state says it lapsed', async () => {
    const booked = await session(await pkgOf('by_expert', 'full_duration'));
    clock.set(plus(booked.start, 30));
    assertProblem(await join(test, booked.id, 'client', { join: booked.joinToken }), 410, 'session_ended');
    assertProblem(await join(test, booked.id, 'expert', await asExpert()), 410, 'session_ended');
    const polled = await state(test, booked.id, { join: booked.joinToken });
    assert.equal(polled.body.endedAt, plus(booked.start, 30));
    assert.equal(polled.body.endedBy, 'deadline');
    assert.equal(polled.body.clientJoinedAt, null);
  });

  it('a session ends at its hard stop: by_expert reports hard_stop, automatic the deadline', async () => {
    const byExpert = await session(await pkgOf('by_expert', 'scheduled_end'));
    const automatic = await session(await pkgOf('automatic', 'scheduled_end'));
    for (const booked of [byExpert, automatic]) {
      clock.set(booked.start);
      assert.equal((await join(test, booked.id, 'client', { join: booked.joinToken })).status, 200);
    }
    clock.set(plus(byExpert.start, 40));
    const running = await state(test, byExpert.id, await asExpert());
    assert.equal(running.body.endedAt, null, 'by_expert runs on past the deadline until the hard stop');
    assert.equal((await join(test, byExpert.id, 'client', { join: byExpert.joinToken })).status, 200);
    clock.set(plus(byExpert.start, 45));
    assert.deepEqual([(await state(test, byExpert.id, await asExpert())).body.endedBy, (await state(test, byExpert.id, await asExpert())).body.endedAt], ['hard_stop', plus(byExpert.start, 45)]);
    assertProblem(await join(test, byExpert.id, 'client', { join: byExpert.joinToken }), 410, 'session_ended');
    clock.set(plus(automatic.start, 30));
    assert.deepEqual([(await state(test, automatic.id, await asExpert())).body.endedBy, (await state(test, automatic.id, await asExpert())).body.endedAt], ['deadline', plus(automatic.start, 30)]);
  });

  it('the expert joining first under full_duration gets a token valid until the latest possible hard stop', async () => {
    const booked = await session(await pkgOf('by_expert', 'full_duration'));
    clock.set(plus(booked.start, -5));
    const answer = await join(test, booked.id, 'expert', await asExpert());
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(answer.body.times, { deadline: null, notifyExpertAt: null, hardStop: null });
    assert.equal(answer.body.joinClosesAt, plus(booked.start, 30));
    assert.equal(provider.tokens.at(-1)?.exp, unix(plus(booked.start, 30 + 30 + 15)));
    assert.equal(provider.rooms.at(-1)?.exp, unix(plus(booked.start, 30 + 30 + 15)));
    assert.equal(provider.rooms.at(-1)?.ejectAtRoomExp, true);
  });

  it('the expert ends the session once; the client can no longer join', async () => {
    const booked = await session(await pkgOf('by_expert', 'scheduled_end'));
    clock.set(plus(booked.start, 2));
    await join(test, booked.id, 'client', { join: booked.joinToken });
    clock.set(plus(booked.start, 20));
    const ended = await end(test, booked.id, await asExpert());
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    assert.deepEqual(ended.body, { endedAt: plus(booked.start, 20), serverTime: plus(booked.start, 20) });
    clock.set(plus(booked.start, 25));
    const again = await end(test, booked.id, await asExpert());
    assert.deepEqual(again.body, { endedAt: plus(booked.start, 20), serverTime: plus(booked.start, 25) }, 'recorded once');
    const polled = await state(test, booked.id, { join: booked.joinToken });
    assert.deepEqual([polled.body.endedAt, polled.body.endedBy], [plus(booked.start, 20), 'expert']);
    assertProblem(await join(test, booked.id, 'client', { join: booked.joinToken }), 410, 'session_ended');
  });

  it('only the booking’s expert ends it; not the client, not another expert, not before joining opens', async () => {
    const booked = await session(await pkgOf('automatic', 'scheduled_end'));
    clock.set(plus(booked.start, -30));
    assertProblem(await end(test, booked.id, await asExpert()), 425, 'too_early');
    clock.set(booked.start);
    assertProblem(await end(test, booked.id, { join: booked.joinToken }), 401, 'expert_required');
    const other = await expertToken(test, OTHER_EXPERT);
    assertProblem(await end(test, booked.id, { expert: other }), 403, 'not_your_booking');
    assertProblem(await join(test, booked.id, 'expert', { expert: other }), 403, 'not_your_booking');
    assert.equal((await state(test, booked.id, await asExpert())).body.endedAt, null);
  });

  it('a guest join token admits its own booking only, and only as the client', async () => {
    const mine = await session(await pkgOf('automatic', 'scheduled_end'));
    const theirs = await session(await pkgOf('automatic', 'scheduled_end', 'audio'));
    clock.set(theirs.start);
    assertProblem(await join(test, theirs.id, 'client', { join: mine.joinToken }), 403, 'not_your_booking');
    assertProblem(await state(test, theirs.id, { join: mine.joinToken }), 403, 'not_your_booking');
    assertProblem(await join(test, theirs.id, 'expert', { join: theirs.joinToken }), 403, 'not_your_booking');
    assertProblem(await join(test, 'bkg_nothing', 'client', { join: mine.joinToken }), 404, 'not_found');
    const stored = await test.server.database.query<{ token_hash: string }>('SELECT token_hash FROM booking_join_tokens WHERE booking_id = $1', [mine.id]);
    assert.match(stored.rows[0]?.token_hash ?? '', /^[0-9a-f]{64}$/, 'only a hash is stored');
    assert.notEqual(stored.rows[0]?.token_hash, mine.joinToken);
  });

  it('the booking’s signed-in customer joins; another customer gets 403', async () => {
    const booked = await session(await pkgOf('automatic', 'scheduled_end', 'audio'));
    clock.set(booked.start);
    const owner = await signIn(test, booked.email);
    const stranger = await signIn(test, `stranger-${process.pid}@example.com`);
    const answer = await join(test, booked.id, 'client', { customer: owner.token });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.service, 'audio');
    assert.deepEqual([provider.tokens.at(-1)?.startVideoOff, provider.rooms.at(-1)?.startVideoOff], [true, true], 'audio starts with video off');
    assertProblem(await join(test, booked.id, 'client', { customer: stranger.token }), 403, 'not_your_booking');
  });

  it('wrong or missing tokens are 401 with a code naming the token', async () => {
    const booked = await session(await pkgOf('automatic', 'scheduled_end'));
    clock.set(booked.start);
    assertProblem(await join(test, booked.id, 'client', { join: 'jnt_wrong' }), 401, 'invalid_join_token');
    assertProblem(await join(test, booked.id, 'expert', { expert: 'etk_wrong' }), 401, 'invalid_expert_token');
    assertProblem(await join(test, booked.id, 'client', { customer: 'ctk_wrong' }), 401, 'invalid_customer_token');
    assertProblem(await join(test, booked.id, 'client', {}), 401, 'customer_required');
    assertProblem(await state(test, booked.id, { expert: 'etk_wrong' }), 401, 'invalid_expert_token');
    const bad = assertProblem(await join(test, booked.id, 'host', { join: booked.joinToken }), 422, 'validation_failed');
    assert.deepEqual(bad.errors?.map((error) => error.field), ['role']);
  });

  it('an expert token expires', async () => {
    const booked = await session(await pkgOf('automatic', 'scheduled_end'));
    const shortLived = await expertToken(test, EXPERT);
    clock.set(plus(BOOKING_TIME, 241));
    assertProblem(await state(test, booked.id, { expert: shortLived }), 401, 'invalid_expert_token');
  });

  it('a phone package dials the client only when the phone balance covers the call (zero → 402)', async () => {
    const booked = await session(await pkgOf('by_expert', 'scheduled_end', 'phone'));
    clock.set(booked.start);
    await test.server.database.query('UPDATE phone_balance SET balance = 0');
    const refused = assertProblem(await join(test, booked.id, 'client', { join: booked.joinToken }), 402, 'phone_balance_insufficient') as unknown as Record<string, unknown>;
    assert.deepEqual([refused.balanceUsdCents, refused.costUsdCents], [0, (30 + 15) * 5]);
    assert.equal(provider.dials.length, 0);
    assert.equal((await state(test, booked.id, await asExpert())).body.clientJoinedAt, null, 'a refused join is not recorded');

    await test.server.database.query('UPDATE phone_balance SET balance = 225');
    const answer = await join(test, booked.id, 'client', { join: booked.joinToken });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual([answer.body.roomUrl, answer.body.meetingToken, answer.body.phone], [null, null, { status: 'dialing' }]);
    const dial = provider.dials.at(-1);
    assert.match(dial?.phoneNumber ?? '', /^\+49151000\d{5}$/);
    assert.equal(dial?.roomName, provider.rooms.at(-1)?.name);
    assert.equal(provider.rooms.at(-1)?.enableDialOut, true);
    const expertSide = await join(test, booked.id, 'expert', await asExpert());
    assert.match(expertSide.body.roomUrl ?? '', /^https:\/\//);
    assert.equal(expertSide.body.phone, undefined);
  });

  it('bookings made with a purchase carry their join token; browsers may send Apptkit-Join and Apptkit-Expert', async () => {
    clock.set(BOOKING_TIME);
    const pkg = await pkgOf('automatic', 'full_duration');
    const start = `2026-06-${String(++day).padStart(2, '0')}T10:00:00Z`;
    const held = await hold(test, pkg, [start]);
    const guest = { name: 'Held guest', email: `held-${process.pid}@example.com` };
    const paid = await purchase<Receipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest, holdId: held.id, holdToken: held.token });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const booking = paid.body.bookings[0] as Receipt['bookings'][number] & { joinToken?: string };
    assert.match(booking.joinToken ?? '', /^jnt_/);
    clock.set(start);
    assert.equal((await join(test, booking.id, 'client', { join: booking.joinToken as string })).status, 200);

    const preflight = await fetch(`${test.url}/v1/bookings/bkg_x/join`, {
      method: 'OPTIONS',
      headers: { origin: SHOP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'apptkit-join, apptkit-expert' },
    });
    assert.equal(preflight.status, 204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    assert.ok(allowed.includes('apptkit-join') && allowed.includes('apptkit-expert'), allowed.join());
  });
});
