import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/call/define.js';
import type { ApptCall } from '../../src/components/call/call.component.js';
import { ApptCallEndEvent } from '../../src/events/call-end.js';
import { ApptCallJoinEvent } from '../../src/events/call-join.js';
import { CallHarness } from './harness/call-harness.js';
import { FakeDaily } from './harness/fake-daily.js';
import { gate } from './harness/fixtures.js';
import { chooseVisitorZone, resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';
const JOIN = '*/v1/bookings/:bookingId/join';
const STATE = '*/v1/bookings/:bookingId/call';
const END = '*/v1/bookings/:bookingId/end';

const MINUTE = 60_000;
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A 30-minute session booked for 10:00 UTC. */
const START = at('2026-03-29T10:00:00Z');

/** The server's clock, which the test moves; the element's own clock is this plus `skewMs`. */
const clock = { server: START + 5 * MINUTE, skewMs: 0 };

interface Booking {
  service: 'audio' | 'video' | 'phone';
  endMode: 'automatic' | 'by_expert';
  endTiming: 'scheduled_end' | 'full_duration';
  provider: 'daily' | 'test';
  /** The server's record of the client's first join. */
  clientJoinedAt: number | null;
  endedAt: number | null;
  endedBy: 'expert' | 'deadline' | 'hard_stop' | null;
}

let booking: Booking;
let requests: { method: string; path: string; headers: Headers; body: unknown }[] = [];

function joinAnswer(bookingId: string, role: 'client' | 'expert'): Record<string, unknown> {
  if (role === 'client' && booking.clientJoinedAt === null) booking.clientJoinedAt = clock.server;
  const phoneClient = booking.service === 'phone' && role === 'client';
  return {
    bookingId,
    role,
    service: booking.service,
    provider: booking.provider,
    roomUrl: phoneClient ? null : `https://apptkit.daily.co/${bookingId}`,
    meetingToken: phoneClient ? null : `mt_${role}`,
    ...(booking.service === 'phone' ? { phone: { status: 'dialing' } } : {}),
    serverTime: iso(clock.server),
    scheduledStart: iso(START),
    durationMinutes: 30,
    endMode: booking.endMode,
    endTiming: booking.endTiming,
    clientJoinedAt: booking.clientJoinedAt === null ? null : iso(booking.clientJoinedAt),
    overtimeCapMinutes: 15,
    times: { deadline: null, notifyExpertAt: null, hardStop: null },
    joinOpensAt: iso(START - 10 * MINUTE),
    joinClosesAt: iso(START + 45 * MINUTE),
  };
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': `req_${code}` } },
  );
}

async function remember(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  requests.push({ method: request.method, path: new URL(request.url).pathname, headers: request.headers, body });
  return body;
}

const worker = setupWorker(
  http.post(JOIN, async ({ request, params }) => {
    const body = (await remember(request)) as { role: 'client' | 'expert' };
    return HttpResponse.json(joinAnswer(String(params.bookingId), body.role));
  }),
  http.get(STATE, async ({ request }) => {
    await remember(request);
    return HttpResponse.json({
      serverTime: iso(clock.server),
      clientJoinedAt: booking.clientJoinedAt === null ? null : iso(booking.clientJoinedAt),
      endedAt: booking.endedAt === null ? null : iso(booking.endedAt),
      endedBy: booking.endedBy,
      times: { deadline: null, notifyExpertAt: null, hardStop: null },
    });
  }),
  http.post(END, async ({ request }) => {
    await remember(request);
    booking.endedAt = clock.server;
    booking.endedBy = 'expert';
    return HttpResponse.json({ endedAt: iso(clock.server), serverTime: iso(clock.server) });
  }),
);

/** Mounts a launcher for booking bk_1 with a fake daily-js and the test's clock. */
async function mount(attributes = '', width = 640) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const daily = new FakeDaily();
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-call ${attributes} booking="bk_1" join-token="jt_guest" api="${API}" key="pk_test_demo" lang="en-US"></appt-call>`;
  const el = document.createElement('appt-call') as ApptCall;
  el.callFactory = daily.factory;
  el.now = () => clock.server + clock.skewMs;
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, daily, ui: new CallHarness(el) };
}

/** Mounts and joins; resolves once in the call. */
async function joined(attributes = '', width?: number) {
  const mounted = await mount(attributes, width);
  mounted.ui.clickJoin();
  await mounted.ui.waitFor('in-call');
  return mounted;
}

const EXPERT = 'participant="expert" expert-token="et_expert"';

describe('<appt-call>', () => {
  // Each test starts in a fresh tab: no time zone chosen by an earlier test.
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    clock.server = START + 5 * MINUTE;
    clock.skewMs = 0;
    booking = { service: 'video', endMode: 'automatic', endTiming: 'scheduled_end', provider: 'daily', clientJoinedAt: null, endedAt: null, endedBy: null };
    requests = [];
  });
  afterEach(() => worker.resetHandlers());

  it('renders a Join button and nothing of the call until pressed', async () => {
    const { ui, daily } = await mount();
    expect(ui.view()).to.equal('idle');
    expect(ui.text(ui.joinButton())).to.equal('Join the call');
    expect(ui.part('stage')!.hidden).to.equal(true);
    expect(daily.frames.length).to.equal(0);
    expect(requests.length).to.equal(0);
  });

  describe('is accessible', () => {
    it('before joining, in the call, and after the end', async () => {
      const { el, ui } = await mount();
      await expect(el).to.be.accessible();
      ui.clickJoin();
      await ui.waitFor('in-call');
      await expect(el).to.be.accessible();
      await ui.leave();
      await ui.waitFor('ended');
      await expect(el).to.be.accessible();
    });

    it('too early, with the countdown', async () => {
      worker.use(http.post(JOIN, () => problem(425, 'too_early', { joinOpensAt: iso(START - 10 * MINUTE) })));
      clock.server = START - 15 * MINUTE;
      const { el, ui } = await mount();
      ui.clickJoin();
      await ui.waitFor('too-early');
      await expect(el).to.be.accessible();
    });

    it('at time up, with the connection lost and the camera blocked', async () => {
      booking.endMode = 'by_expert';
      const { el, ui, daily } = await joined(EXPERT);
      clock.server = START + 30 * MINUTE;
      daily.last.emit('network-connection', { type: 'signaling', event: 'interrupted' });
      daily.last.emit('camera-error', { errorMsg: { errorMsg: 'blocked' }, error: { type: 'permissions', blockedBy: 'user', blockedMedia: ['video', 'audio'], msg: 'blocked' } });
      await ui.wake();
      expect(ui.part('end-button')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('when ejected and when joining failed', async () => {
      const { el, ui, daily } = await joined();
      daily.last.emit('error', { errorMsg: 'ejected', error: { type: 'ejected', msg: 'ejected' } });
      await ui.waitFor('ejected');
      await expect(el).to.be.accessible();
      worker.use(http.post(JOIN, () => problem(410, 'session_ended')));
      ui.clickJoin();
      await ui.waitFor('error');
      await expect(el).to.be.accessible();
    });
  });

  it('joins a video call with camera and microphone, and counts down to the deadline', async () => {
    const { el, ui, daily } = await mount();
    const heard = oneEvent(el, 'appt-call-join');
    ui.clickJoin();
    const event = (await heard) as Event as ApptCallJoinEvent;
    expect(event).to.be.instanceOf(ApptCallJoinEvent);
    expect([event.bookingId, event.participant, event.service, event.provider]).to.deep.equal(['bk_1', 'client', 'video', 'daily']);
    await ui.waitFor('in-call');
    expect(daily.frames.length).to.equal(1);
    const { options, parent } = daily.last;
    expect(options.url).to.equal('https://apptkit.daily.co/bk_1');
    expect(options.token).to.equal('mt_client');
    expect(options.startVideoOff).to.equal(false);
    expect(options.videoSource).to.equal(true);
    expect(options.audioSource).to.equal(true);
    expect(daily.last.joined).to.equal(true);
    // The frame lives inside the element's shadow root, in the visible stage.
    expect(parent.getRootNode()).to.equal(el.shadowRoot);
    expect(ui.part('stage')!.hidden).to.equal(false);
    expect(ui.countdown()).to.equal('25:00 left');
    const join = requests.find((r) => r.path === '/v1/bookings/bk_1/join')!;
    expect(join.body).to.deep.equal({ role: 'client' });
    expect(join.headers.get('apptkit-join')).to.equal('jt_guest');
  });

  it('joins an audio call without ever asking for the camera', async () => {
    booking.service = 'audio';
    const { ui, daily } = await joined();
    expect(daily.last.options.startVideoOff).to.equal(true);
    expect(daily.last.options.videoSource).to.equal(false);
    expect(daily.last.options.audioSource).to.equal(true);
    expect(ui.part('stage')!.classList.contains('stage--audio')).to.equal(true);
  });

  it('says when a call opens, counts down, and lets the client join once it is open', async () => {
    const opensAt = START - 10 * MINUTE;
    worker.use(http.post(JOIN, () => problem(425, 'too_early', { joinOpensAt: iso(opensAt) })));
    clock.server = opensAt - 5 * MINUTE;
    const { el, ui, daily } = await mount();
    ui.joinButton().focus();
    ui.clickJoin();
    await ui.waitFor('too-early');
    // The Join pressed is swapped for the "too early" state: the focus stays in the element.
    await ui.until(() => el.shadowRoot!.activeElement !== null, 'focus fell to the page body');
    const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(opensAt);
    expect(ui.text(ui.part('status'))).to.contain(`The call opens at ${time.replace(/[\u00a0\u202f]/g, ' ')}.`);
    expect(time).to.match(/\d:\d\d\s[AP]M\s\S+$/, 'the time names its zone');
    expect(ui.countdown()).to.equal('Opens in 05:00');
    expect(ui.joinButton().disabled).to.equal(true);
    expect(daily.frames.length).to.equal(0);
    clock.server = opensAt - 1000;
    await ui.wake();
    expect(ui.countdown()).to.equal('Opens in 00:01');
    clock.server = opensAt;
    await ui.wake();
    expect(ui.part('countdown')).to.equal(null);
    expect(ui.joinButton().disabled).to.equal(false);
    worker.resetHandlers();
    ui.clickJoin();
    await ui.waitFor('in-call');
    expect(daily.frames.length).to.equal(1);
  });

  it('says when the call opens in the zone the visitor chose on the page, or in its own time-zone', async () => {
    const opensAt = START - 10 * MINUTE; // 09:50Z on March 29, 2026: New York is on summer time since March 8
    worker.use(http.post(JOIN, () => problem(425, 'too_early', { joinOpensAt: iso(opensAt) })));
    clock.server = opensAt - 5 * MINUTE;
    chooseVisitorZone('America/New_York'); // what switching a slot picker elsewhere on the page does
    const { ui } = await mount();
    ui.clickJoin();
    await ui.waitFor('too-early');
    expect(ui.text(ui.part('status'))).to.contain('The call opens at 5:50 AM EDT.');
    const own = await mount('time-zone="Asia/Tokyo"');
    own.ui.clickJoin();
    await own.ui.waitFor('too-early');
    expect(own.ui.text(own.ui.part('status'))).to.contain('The call opens at 6:50 PM GMT+9.');
  });

  it('says the date, the zone named, and shows no countdown when the call opens more than a day ahead', async () => {
    const opensAt = START - 10 * MINUTE;
    worker.use(http.post(JOIN, () => problem(425, 'too_early', { joinOpensAt: iso(opensAt) })));
    clock.server = opensAt - 5 * 24 * 60 * MINUTE;
    clock.skewMs = 0;
    const { ui } = await mount();
    ui.clickJoin();
    await ui.waitFor('too-early');
    const when = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(opensAt);
    expect(ui.text(ui.part('status'))).to.contain(`The call opens at ${when.replace(/[\u00a0\u202f]/g, ' ')}.`);
    expect(ui.part('countdown')).to.equal(null);
    expect(ui.joinButton().disabled).to.equal(true);
  });

  describe('automatic packages', () => {
    it('end the call for the client at the deadline, with the clock ticking on its own', async () => {
      const { el, ui, daily } = await joined();
      clock.server = START + 30 * MINUTE;
      const ended = (await oneEvent(el, 'appt-call-end')) as Event as ApptCallEndEvent;
      expect(ended).to.be.instanceOf(ApptCallEndEvent);
      expect(ended.reason).to.equal('deadline');
      expect(ended.bookingId).to.equal('bk_1');
      await ui.waitFor('ended');
      expect(ui.text(ui.part('ended'))).to.equal('The session has ended. The session ended at its scheduled time.');
      expect(daily.last.left).to.equal(true);
      expect(daily.last.destroyed).to.equal(true);
      expect(ui.part('join-button')).to.equal(null); // nothing to rejoin
      expect(ui.announcement()).to.contain('The session ended at its scheduled time.');
    });

    it('speak the countdown at milestones only', async () => {
      const { ui } = await joined();
      expect(ui.announcement()).to.equal('');
      clock.server = START + 20 * MINUTE + 1000; // 9:59 left
      await ui.wake();
      expect(ui.announcement()).to.equal('10 minutes left');
      clock.server += 1000;
      await ui.wake();
      expect(ui.countdown()).to.equal('09:58 left');
      expect(ui.announcement()).to.equal('10 minutes left');
      clock.server = START + 29 * MINUTE;
      await ui.wake();
      expect(ui.announcement()).to.equal('1 minute left');
    });

    it('land a tab that slept past the deadline straight in the ended state', async () => {
      const { ui, daily } = await joined();
      clock.server = START + 3 * 60 * MINUTE;
      await ui.wake();
      expect(ui.view()).to.equal('ended');
      expect(daily.last.destroyed || daily.last.left).to.equal(true);
    });

    it('give the same deadline on a device whose clock is 10 minutes off', async () => {
      clock.skewMs = 10 * MINUTE;
      const { ui } = await joined();
      expect(ui.countdown()).to.equal('25:00 left');
      clock.server = START + 30 * MINUTE - 1000;
      await ui.wake();
      expect(ui.countdown()).to.equal('00:01 left');
      expect(ui.view()).to.equal('in-call');
      clock.server += 1000;
      await ui.wake();
      expect(ui.view()).to.equal('ended');
    });
  });

  describe('by_expert packages', () => {
    beforeEach(() => {
      booking.endMode = 'by_expert';
    });

    it('show the expert "time is up" and an End button that ends the session', async () => {
      const { el, ui, daily } = await joined(EXPERT);
      expect(ui.part('end-button')).to.equal(null);
      clock.server = START + 30 * MINUTE;
      await ui.wake();
      expect(ui.text(ui.part('notice'))).to.equal('Time is up. Please end the session.');
      expect(ui.announcement()).to.equal('Time is up. Please end the session.');
      expect(ui.countdown()).to.equal('The call stops in 15:00');
      expect(ui.view()).to.equal('in-call');
      const ended = oneEvent(el, 'appt-call-end');
      ui.end();
      expect(((await ended) as Event as ApptCallEndEvent).reason).to.equal('expert');
      await ui.waitFor('ended');
      expect(ui.text(ui.part('ended'))).to.contain('The expert ended the session.');
      const end = requests.find((r) => r.path === '/v1/bookings/bk_1/end')!;
      expect(end.method).to.equal('POST');
      expect(end.headers.get('apptkit-expert')).to.equal('et_expert');
      expect(daily.last.destroyed).to.equal(true);
    });

    it('tell the client the expert will end it, then stop the call at the hard stop', async () => {
      const { ui, daily } = await joined();
      clock.server = START + 30 * MINUTE;
      await ui.wake();
      expect(ui.text(ui.part('notice'))).to.equal('Time is up. The expert will end the session shortly.');
      expect(ui.part('end-button')).to.equal(null);
      expect(daily.last.destroyed).to.equal(false);
      clock.server = START + 45 * MINUTE;
      await ui.wake();
      await ui.waitFor('ended');
      expect(ui.text(ui.part('ended'))).to.contain('The session reached its time limit and was stopped.');
      expect(daily.last.destroyed).to.equal(true);
    });

    it('learn from the server that the expert ended the session', async () => {
      const { el, ui } = await joined();
      booking.endedAt = clock.server;
      booking.endedBy = 'expert';
      const ended = oneEvent(el, 'appt-call-end');
      await ui.wake(); // visible again: asks the server
      expect(((await ended) as Event as ApptCallEndEvent).reason).to.equal('expert');
      expect(requests.some((r) => r.path === '/v1/bookings/bk_1/call' && r.headers.get('apptkit-join') === 'jt_guest')).to.equal(true);
    });
  });

  it('keeps the clock of the first join when the client rejoins (full duration)', async () => {
    booking.endTiming = 'full_duration';
    const { ui } = await joined();
    expect(ui.countdown()).to.equal('30:00 left'); // joined at 10:05: the deadline is 10:35
    clock.server = START + 10 * MINUTE;
    await ui.leave();
    await ui.waitFor('ended');
    expect(ui.text(ui.part('ended'))).to.contain('You left the call.');
    clock.server = START + 20 * MINUTE;
    ui.clickJoin();
    await ui.waitFor('in-call');
    expect(ui.countdown()).to.equal('15:00 left');
  });

  it('awaits the destruction of the last call before a rejoin, and never runs two', async () => {
    const { ui, daily } = await joined();
    daily.destroyGate = gate();
    await ui.leave();
    await ui.waitFor('ended');
    ui.clickJoin();
    await ui.until(() => requests.filter((r) => r.path.endsWith('/join')).length === 2, 'never asked to join again');
    // Let the answer arrive and be read: the element must now be waiting for the old frame.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(daily.frames.length).to.equal(1);
    expect(ui.view()).to.equal('joining');
    daily.destroyGate.open();
    await ui.waitFor('in-call');
    expect(daily.frames.length).to.equal(2);
    expect(daily.maxLive).to.equal(1);
  });

  it('joins once however often Join is pressed', async () => {
    const { el, ui, daily } = await mount();
    daily.joinGate = gate();
    ui.clickJoin();
    await el.updateComplete;
    expect(ui.joinButton().disabled).to.equal(true);
    await el.join(); // a second join while the first is under way returns at once
    await ui.until(() => daily.frames.length === 1, 'never created the frame');
    daily.joinGate.open();
    await ui.waitFor('in-call');
    expect(daily.frames.length).to.equal(1);
    expect(requests.filter((r) => r.path.endsWith('/join')).length).to.equal(1);
  });

  it('shows a banner while the connection is lost, and drops it when it is back', async () => {
    const { ui, daily } = await joined();
    daily.last.emit('network-connection', { type: 'signaling', event: 'interrupted' });
    await ui.element.updateComplete;
    expect(ui.banners()).to.deep.equal(['Connection lost. Reconnecting…']);
    expect(ui.part('banner')!.getAttribute('role')).to.equal('alert');
    daily.last.emit('network-connection', { type: 'signaling', event: 'connected' });
    await ui.element.updateComplete;
    expect(ui.banners()).to.deep.equal([]);
    expect(ui.view()).to.equal('in-call');
  });

  it('explains how to allow a blocked camera and microphone', async () => {
    const { ui, daily } = await joined();
    daily.last.emit('camera-error', { errorMsg: { errorMsg: 'blocked' }, error: { type: 'permissions', blockedBy: 'user', blockedMedia: ['video'], msg: 'blocked' } });
    await ui.element.updateComplete;
    expect(ui.banners()[0]).to.equal(
      'Your browser blocked the camera and microphone. Allow access with the icon in the address bar or in the site settings, then join again.',
    );
  });

  it('says the microphone alone was blocked for an audio call that failed to join', async () => {
    booking.service = 'audio';
    const { ui, daily } = await mount();
    daily.joinGate = gate();
    daily.joinError = new Error('no media');
    ui.clickJoin();
    await ui.until(() => daily.frames.length === 1, 'never created the frame');
    daily.last.emit('camera-error', { errorMsg: { errorMsg: 'blocked' }, error: { type: 'permissions', blockedBy: 'browser', blockedMedia: ['audio'], msg: 'blocked' } });
    daily.joinGate.open();
    await ui.waitFor('error');
    expect(ui.text(ui.part('error-message'))).to.match(/^Your browser blocked the microphone\./);
    expect(daily.last.destroyed).to.equal(true);
  });

  it('is ejected by the provider and may join again', async () => {
    const { el, ui, daily } = await joined();
    const ended = oneEvent(el, 'appt-call-end');
    daily.last.emit('error', { errorMsg: 'ejected', error: { type: 'ejected', msg: 'ejected' } });
    expect(((await ended) as Event as ApptCallEndEvent).reason).to.equal('ejected');
    await ui.waitFor('ejected');
    expect(ui.text(ui.part('ended'))).to.contain('You were removed from the call.');
    expect(daily.last.destroyed).to.equal(true);
    ui.clickJoin();
    await ui.waitFor('in-call');
  });

  it('hangs up when the participant leaves inside the frame', async () => {
    const { el, ui, daily } = await joined();
    const ended = oneEvent(el, 'appt-call-end');
    daily.last.emit('left-meeting', {});
    expect(((await ended) as Event as ApptCallEndEvent).reason).to.equal('left');
    expect(ui.text(ui.joinButton())).to.equal('Join again');
  });

  describe('errors', () => {
    it('say a session is over, without a retry', async () => {
      worker.use(http.post(JOIN, () => problem(410, 'session_ended')));
      const { ui } = await mount();
      ui.clickJoin();
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-message'))).to.equal('This session has already ended.');
      expect(ui.text(ui.part('error-detail'))).to.equal('Reference: req_session_ended');
      expect(ui.part('retry-button')).to.equal(null);
    });

    it('say a link does not admit this person', async () => {
      worker.use(http.post(JOIN, () => problem(401, 'invalid_join_token')));
      const { ui } = await mount();
      ui.clickJoin();
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-message'))).to.match(/^This link or sign-in does not admit you/);
    });

    it('are not retried by themselves, and retry on request', async () => {
      worker.use(http.post(JOIN, async ({ request }) => (await remember(request), problem(503, 'internal'))));
      const { ui } = await mount();
      ui.clickJoin();
      await ui.waitFor('error');
      expect(requests.length).to.equal(1);
      expect(ui.text(ui.part('error-message'))).to.equal('Something went wrong on our side. Please try again in a moment.');
      worker.resetHandlers();
      (ui.part('retry-button') as HTMLButtonElement).click();
      await ui.waitFor('in-call');
    });

    it('say the call could not start when the call software fails', async () => {
      const { ui, daily } = await mount();
      daily.joinError = new Error('load failed');
      ui.clickJoin();
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-message'))).to.equal('The call could not be started. Check your connection and try again.');
      expect(daily.live).to.equal(0);
    });

    it('name the attribute at fault when set up wrongly', async () => {
      const { ui } = await mount('participant="expert"');
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-detail'))).to.contain('participant="expert" needs the "expert-token" attribute');
      const zone = await mount('time-zone="Mars/Olympus"');
      await zone.ui.waitFor('error');
      expect(zone.ui.text(zone.ui.part('error-detail'))).to.contain('the "time-zone" attribute must be an IANA time zone');
    });
  });

  it('tells a phone client that their phone is being called, with no frame', async () => {
    booking.service = 'phone';
    const { ui, daily } = await joined();
    expect(ui.text(ui.part('phone'))).to.equal('We are calling your phone…');
    expect(daily.frames.length).to.equal(0);
    expect(ui.part('stage')!.hidden).to.equal(true);
    expect(ui.countdown()).to.equal('25:00 left');
  });

  it('marks the offline test provider as test mode', async () => {
    booking.provider = 'test';
    const { ui } = await joined();
    expect(ui.text(ui.part('test-mode'))).to.equal('Test mode: no real call takes place.');
  });

  it('speaks Arabic right to left, with Arabic digits in the countdown', async () => {
    const n = new Intl.NumberFormat('ar', { minimumIntegerDigits: 2 });
    const { el, ui } = await mount('lang="ar"');
    await ui.until(() => ui.text(ui.part('join-button')) === 'الانضمام إلى المكالمة', 'never spoke Arabic');
    expect(ui.base().getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(ui.base()).direction).to.equal('rtl');
    ui.clickJoin();
    await ui.waitFor('in-call');
    expect(ui.countdown()).to.equal(`الوقت المتبقي ${n.format(25)}:${n.format(0)}`);
    await expect(el).to.be.accessible();
  });

  it('has buttons at least 44px high, stacked when narrow', async () => {
    booking.endMode = 'by_expert';
    const { ui } = await joined(EXPERT, 320);
    clock.server = START + 30 * MINUTE;
    await ui.wake();
    const end = ui.part('end-button')!.getBoundingClientRect();
    const leave = ui.part('leave-button')!.getBoundingClientRect();
    expect(end.height).to.be.at.least(44);
    expect(leave.height).to.be.at.least(44);
    expect(leave.top).to.be.at.least(end.bottom);
  });

  it('follows the theme attribute', async () => {
    const { el, ui } = await mount('theme="dark"');
    const dark = getComputedStyle(ui.base()).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(ui.base()).backgroundColor).not.to.equal(dark);
  });

  it('hangs up when taken off the page', async () => {
    const { el, daily } = await joined();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(daily.last.left).to.equal(true);
    expect(daily.live).to.equal(0);
  });
});
