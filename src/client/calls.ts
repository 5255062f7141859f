/**
 * The call part of the widget's client: join a booking's call, read its server-stamped state,
 * and (the expert) end it. Loaded on first use, like the scheduling part.
 */
import { parseCallEnd, parseCallState, parseJoinAnswer } from './calls-contract.js';
import { requireId } from '../http/require-id.js';
import type { Transport } from '../http/transport.js';
import type { ApptClient, CallCredentials, CallJoinInput, CallParticipant, RequestOptions } from './types.js';

const ROLES: readonly CallParticipant[] = ['client', 'expert'];
/** Tokens go in a header: visible ASCII only, no spaces. */
const TOKEN = /^[\x21-\x7e]+$/;

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function optionalToken(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !TOKEN.test(value)) {
    throw new TypeError(`${name} must be a token string of visible ASCII characters without spaces (got ${typeof value === 'string' ? 'a string with spaces or other characters' : shown(value)}).`);
  }
  return value;
}

/** The identification headers of `credentials`: one token at most, else `undefined` (the customer token identifies). */
function credentialHeaders(method: string, credentials: CallCredentials | undefined): Record<string, string> {
  if (credentials !== undefined && (typeof credentials !== 'object' || credentials === null)) {
    throw new TypeError(`calls.${method} credentials must be an object { joinToken?, expertToken? } (got ${shown(credentials)}).`);
  }
  const joinToken = optionalToken('joinToken', credentials?.joinToken);
  const expertToken = optionalToken('expertToken', credentials?.expertToken);
  if (joinToken && expertToken) {
    throw new TypeError(`calls.${method} takes one of joinToken and expertToken, not both: each identifies a different person.`);
  }
  if (joinToken) return { 'apptkit-join': joinToken };
  if (expertToken) return { 'apptkit-expert': expertToken };
  return {};
}

/** A request identified by a join or expert token must not also carry the customer token. */
const isCustomer = (headers: Record<string, string> | undefined): boolean =>
  !headers?.['apptkit-join'] && !headers?.['apptkit-expert'];

function checkJoinInput(input: CallJoinInput): { role: CallParticipant; headers: Record<string, string> } {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(`calls.join needs { role, joinToken?, expertToken? } (got ${shown(input)}).`);
  }
  if (!ROLES.includes(input.role)) {
    throw new TypeError(`role must be "client" or "expert" (got ${shown(input.role)}).`);
  }
  const headers = credentialHeaders('join', input);
  if (input.role === 'expert' && !headers['apptkit-expert']) {
    throw new TypeError('role "expert" needs expertToken (minted by the tenant’s backend with the admin key).');
  }
  if (input.role === 'client' && headers['apptkit-expert']) {
    throw new TypeError('role "client" must not send expertToken: it identifies the expert.');
  }
  return { role: input.role, headers };
}

const callPath = (bookingId: string, leaf: 'join' | 'call' | 'end'): string =>
  `v1/bookings/${encodeURIComponent(requireId('bookingId', bookingId))}/${leaf}`;

/** `client.calls`: join, state and end of a booking's call. The POSTs are never retried. */
export function createCallsApi(transport: Transport): ApptClient['calls'] {
  return Object.freeze({
    join: async (bookingId: string, input: CallJoinInput, { signal }: RequestOptions = {}) => {
      const path = callPath(bookingId, 'join');
      const { role, headers } = checkJoinInput(input);
      return transport.request({ method: 'POST', path, json: { role }, headers, signal, asCustomer: isCustomer(headers), parse: parseJoinAnswer(bookingId, role) });
    },
    state: async (bookingId: string, credentials?: CallCredentials, { signal }: RequestOptions = {}) => {
      const path = callPath(bookingId, 'call');
      const headers = credentialHeaders('state', credentials);
      return transport.request({ method: 'GET', path, headers, signal, asCustomer: isCustomer(headers), parse: parseCallState });
    },
    end: async (bookingId: string, credentials: { expertToken: string }, { signal }: RequestOptions = {}) => {
      const path = callPath(bookingId, 'end');
      const headers = credentialHeaders('end', credentials);
      if (!headers['apptkit-expert']) {
        throw new TypeError('calls.end needs { expertToken }: only the expert may end a session.');
      }
      return transport.request({ method: 'POST', path, headers, signal, asCustomer: false, parse: parseCallEnd });
    },
  });
}
