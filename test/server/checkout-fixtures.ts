/** Helpers of the checkout tests: an expert with open availability, signed-in customers, holds, purchases and bookings over HTTP. */
import assert from 'node:assert/strict';
import type { AppointmentPackage, AppointmentPackageInput } from '../../src/core/index.js';
import { createExpert, createPackage, putAvailability, type ApiResponse, type TestServer } from './harness.js';

/** A slot as the API shows it. */
export interface Slot {
  start: string;
  end: string;
}

/** A hold as `POST /v1/holds` answers. */
export interface Hold {
  id: string;
  token: string;
  slots: Slot[];
  expiresAt: string;
}

/** A purchase as the API shows it. */
export interface Purchase {
  id: string;
  customerId: string;
  packageId: string;
  method: 'card' | 'credits' | 'free';
  status: 'pending' | 'paid' | 'failed';
  amount: number;
  currency: string;
  credits: number | null;
  provider: string;
  sessionsTotal: number;
  sessionsUsed: number;
}

/** One booked session. */
export interface Booking {
  id: string;
  purchaseId: string;
  start: string;
  end: string;
  /** The guest's booking-scoped join token: in the answer that created the booking only. */
  joinToken?: string;
}

/** What `POST /v1/purchases` and its confirm answer. */
export type Receipt = Purchase & { token?: string; paymentStatus: string; bookings: Booking[]; emailSent: boolean };

/** What `POST /v1/bookings` answers. */
export interface BookingResult {
  purchase: Purchase;
  bookings: Booking[];
  emailSent: boolean;
}

/** A signed-in customer. */
export interface SignedIn {
  token: string;
  customerId: string;
  expiresAt: string;
}

/** Creates a UTC expert open 09:00–17:00 every day. */
export async function openExpert(test: TestServer, expertId: string): Promise<void> {
  await createExpert(test, expertId, 'UTC');
  const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  const set = await putAvailability(test, expertId, { weekly, overrides: [], blocks: [] });
  assert.equal(set.status, 200, JSON.stringify(set.body));
}

/** A package of `expertId`: 50 minutes + 10 break, by default 3 sessions for 12000 EUR or 12 credits. */
export function checkoutPackage(test: TestServer, expertId: string, overrides: Partial<AppointmentPackageInput> = {}): Promise<AppointmentPackage> {
  return createPackage(test, expertId, { durationMinutes: 50, breakMinutes: 10, sessions: 3, fee: 12000, credits: 12, ...overrides });
}

let keys = 0;
/** A fresh Idempotency-Key. */
export const newKey = (label = 'k') => `${label}-${process.pid}-${++keys}`;

/** Mints a customer token with the admin key. */
export async function signIn(test: TestServer, email: string, name?: string): Promise<SignedIn> {
  const response = await test.call<SignedIn>('/v1/admin/customer-tokens', { method: 'POST', body: { email, ...(name ? { name } : {}) } });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** Grants credits with the admin key and returns the new balance. */
export async function grant(test: TestServer, customerId: string, amount: number): Promise<number> {
  const response = await test.call<{ credits: number }>(`/v1/admin/customers/${customerId}/credits`, {
    method: 'POST',
    body: { amount, reason: 'test grant' },
  });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.credits;
}

/** Holds `starts` of `pkg` and returns the hold. */
export async function hold(test: TestServer, pkg: AppointmentPackage, starts: string[]): Promise<Hold> {
  const response = await test.call<Hold>('/v1/holds', {
    method: 'POST',
    body: { expertId: pkg.expertId, packageId: pkg.id, starts },
    headers: { 'idempotency-key': newKey('hold') },
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** Headers of a checkout call: an Idempotency-Key and, when given, the customer token. */
function headers(options: { key?: string | null; customer?: SignedIn | string }): Record<string, string> {
  const result: Record<string, string> = {};
  if (options.key !== null) result['idempotency-key'] = options.key ?? newKey();
  if (options.customer !== undefined) {
    result['apptkit-customer'] = typeof options.customer === 'string' ? options.customer : options.customer.token;
  }
  return result;
}

/** Sends `POST /v1/purchases`. */
export function purchase<T = Receipt>(test: TestServer, body: unknown, options: { key?: string | null; customer?: SignedIn | string } = {}): Promise<ApiResponse<T>> {
  return test.call<T>('/v1/purchases', { method: 'POST', body, headers: headers(options) });
}

/** Sends `POST /v1/bookings`. */
export function book<T = BookingResult>(test: TestServer, body: unknown, options: { key?: string | null; customer?: SignedIn | string } = {}): Promise<ApiResponse<T>> {
  return test.call<T>('/v1/bookings', { method: 'POST', body, headers: headers(options) });
}

/** Slot starts of `pkg` offered on `day` (YYYY-MM-DD), as HH:MM. */
export async function offeredOn(test: TestServer, pkg: AppointmentPackage, day: string): Promise<string[]> {
  const response = await test.call<{ data: Slot[] }>(`/v1/experts/${pkg.expertId}/slots?packageId=${pkg.id}&from=${day}T00:00:00Z&to=${day}T23:59:00Z`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data.map((slot) => slot.start.slice(11, 16));
}

/** Runs one SQL count and returns it as a number. */
export async function count(test: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await test.server.database.query<{ n: number | string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}
