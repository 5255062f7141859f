/** Helpers of the call tests: a provider that records what the server asked of it, and booked sessions over HTTP. */
import assert from 'node:assert/strict';
import type { AppointmentPackage } from '../../src/core/index.js';
import { testCallProvider, type CallProvider, type DialOutRequest, type MeetingTokenRequest, type RoomRequest } from '../../demo/server/calls/provider.js';
import { book, purchase, type BookingResult, type Receipt } from './checkout-fixtures.js';
import type { ApiResponse, TestServer } from './harness.js';

/** The offline test provider, recording every request the server made of it. */
export interface RecordingProvider extends CallProvider {
  rooms: RoomRequest[];
  tokens: MeetingTokenRequest[];
  dials: DialOutRequest[];
}

/** A {@link RecordingProvider} answering like the test provider. */
export function recordingProvider(): RecordingProvider {
  const inner = testCallProvider();
  const recorder: RecordingProvider = {
    name: inner.name,
    rooms: [],
    tokens: [],
    dials: [],
    createRoom: (request) => (recorder.rooms.push(request), inner.createRoom(request)),
    createMeetingToken: (request) => (recorder.tokens.push(request), inner.createMeetingToken(request)),
    dialOut: (request) => (recorder.dials.push(request), inner.dialOut(request)),
  };
  return recorder;
}

/** A booked session: its id, the guest's join token and the guest's e-mail. */
export interface BookedSession {
  id: string;
  joinToken: string;
  email: string;
  start: string;
}

let guests = 0;

/** Buys `pkg` as a new guest by card and books one session at `start`; returns the booking with its join token. */
export async function bookSession(test: TestServer, pkg: AppointmentPackage, start: string): Promise<BookedSession> {
  const email = `guest${++guests}-${process.pid}@example.com`;
  const guest = { name: `Guest ${guests}`, email, phone: `+49151000${String(guests).padStart(5, '0')}` };
  const paid = await purchase<Receipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest });
  assert.equal(paid.status, 201, JSON.stringify(paid.body));
  const booked = await book<BookingResult>(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: [start] });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const booking = booked.body.bookings[0] as BookingResult['bookings'][number] & { joinToken?: string };
  assert.equal(booking.start, start);
  assert.match(booking.joinToken ?? '', /^jnt_/);
  return { id: booking.id, joinToken: booking.joinToken as string, email, start };
}

/** Mints an expert token with the admin key. */
export async function expertToken(test: TestServer, expertId: string): Promise<string> {
  const response = await test.call<{ token: string; expertId: string; expiresAt: string }>('/v1/admin/expert-tokens', { method: 'POST', body: { expertId } });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  assert.equal(response.body.expertId, expertId);
  return response.body.token;
}

/** Identification of a call request: one header. */
export type Who = { join: string } | { expert: string } | { customer: string } | Record<string, never>;

function headersOf(who: Who): Record<string, string> {
  if ('join' in who) return { 'apptkit-join': who.join };
  if ('expert' in who) return { 'apptkit-expert': who.expert };
  if ('customer' in who) return { 'apptkit-customer': who.customer };
  return {};
}

/** `POST /v1/bookings/{id}/join`. */
export function join<T = JoinAnswer>(test: TestServer, bookingId: string, role: string, who: Who): Promise<ApiResponse<T>> {
  return test.call<T>(`/v1/bookings/${bookingId}/join`, { method: 'POST', body: { role }, headers: headersOf(who) });
}

/** `GET /v1/bookings/{id}/call`. */
export function state<T = CallState>(test: TestServer, bookingId: string, who: Who): Promise<ApiResponse<T>> {
  return test.call<T>(`/v1/bookings/${bookingId}/call`, { headers: headersOf(who) });
}

/** `POST /v1/bookings/{id}/end`. */
export function end<T = { endedAt: string; serverTime: string }>(test: TestServer, bookingId: string, who: Who): Promise<ApiResponse<T>> {
  return test.call<T>(`/v1/bookings/${bookingId}/end`, { method: 'POST', headers: headersOf(who) });
}

/** Session times as the server answers them. */
export interface Times {
  deadline: string | null;
  notifyExpertAt: string | null;
  hardStop: string | null;
}

/** The join answer. */
export interface JoinAnswer {
  bookingId: string;
  role: string;
  service: string;
  provider: string;
  roomUrl: string | null;
  meetingToken: string | null;
  serverTime: string;
  scheduledStart: string;
  clientJoinedAt: string | null;
  overtimeCapMinutes: number;
  times: Times;
  joinOpensAt: string;
  joinClosesAt: string;
  phone?: { status: string };
}

/** The call state answer. */
export interface CallState {
  serverTime: string;
  clientJoinedAt: string | null;
  endedAt: string | null;
  endedBy: string | null;
  times: Times;
}

/** `instant` moved by `minutes`, as the server formats instants. */
export const plus = (instant: string, minutes: number): string => new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

/** Unix seconds of `instant`. */
export const unix = (instant: string): number => Date.parse(instant) / 1000;
