/** Helpers of the e-mail tests: the test-mode outbox and passwordless sign-in over HTTP. */
import assert from 'node:assert/strict';
import type { ApiResponse, TestServer } from './harness.js';

/** One mail of `GET /outbox.json`. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** The outbox, newest first, optionally only the mails to `to`. */
export async function outbox(test: TestServer, to?: string): Promise<OutboxMail[]> {
  const response = await test.call<{ data: OutboxMail[] }>(`/outbox.json${to === undefined ? '' : `?to=${encodeURIComponent(to)}`}`, { key: null });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data;
}

/** Sends `POST /v1/sign-in/codes`. */
export function requestCode<T = { expiresAt: string }>(test: TestServer, body: unknown): Promise<ApiResponse<T>> {
  return test.call<T>('/v1/sign-in/codes', { method: 'POST', body });
}

/** Sends `POST /v1/sign-in/tokens`. */
export function verifyCode<T = CustomerSession>(test: TestServer, body: unknown): Promise<ApiResponse<T>> {
  return test.call<T>('/v1/sign-in/tokens', { method: 'POST', body });
}

/** What `POST /v1/sign-in/tokens` answers. */
export interface CustomerSession {
  token: string;
  expiresAt: string;
  customer: { id: string; email: string; name: string; credits: number };
}

/** The subject of the sign-in code e-mail in each language the server writes. */
export const SIGN_IN_SUBJECTS = ['Your sign-in code', 'Ihr Anmeldecode', 'Giriş kodunuz', 'رمز تسجيل الدخول الخاص بك'];

/** The code of the newest sign-in mail to `email`, whatever its language. */
export async function lastCode(test: TestServer, email: string): Promise<string> {
  const mail = (await outbox(test, email)).find((item) => SIGN_IN_SUBJECTS.includes(item.subject));
  const code = /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1];
  assert.ok(code, `no sign-in code was mailed to ${email}`);
  return code;
}

/** Signs `email` in with an e-mailed code and returns the session. */
export async function signInByCode(test: TestServer, email: string, name?: string): Promise<CustomerSession> {
  const sent = await requestCode(test, { email, ...(name === undefined ? {} : { name }) });
  assert.equal(sent.status, 202, JSON.stringify(sent.body));
  const session = await verifyCode(test, { email, code: await lastCode(test, email) });
  assert.equal(session.status, 201, JSON.stringify(session.body));
  return session.body;
}
