/**
 * The scheduling part of the widget's client: a package's bookable slots, and holds that reserve
 * a few of them while the client checks out.
 */
import { isIsoInstant } from '../core/instant.js';
import { requireId } from '../http/require-id.js';
import { idempotencyKeyOf, shown, slotStarts } from './input.js';
import { parseHold, parseNoContent, parseSlotList } from './scheduling-contract.js';
import type { Transport } from '../http/transport.js';
import type { ApptClient, HoldCreateOptions, HoldInput, RequestOptions, SlotListQuery } from './types.js';

/** The longest range one slots request may cover (the contract's limit). */
export const MAX_SLOT_RANGE_DAYS = 62;
const MS_PER_DAY = 86_400_000;

/** Reads `from` / `to` of a slot query as an instant, in the `…Z` form the server expects. */
function instantOf(name: 'from' | 'to', value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${name} must be a valid Date (got an invalid Date).`);
    return value.toISOString();
  }
  if (!isIsoInstant(value)) {
    throw new TypeError(
      `${name} must be a Date or an ISO-8601 instant with "Z" or an offset, such as "2026-10-01T00:00:00Z" (got ${shown(value)}).`,
    );
  }
  return new Date(value).toISOString();
}

function checkQuery(query: SlotListQuery): { expertId: string; packageId: string; from: string; to: string } {
  if (typeof query !== 'object' || query === null) {
    throw new TypeError('slots.list needs a query { expertId, packageId, from, to }.');
  }
  const expertId = requireId('expertId', query.expertId);
  const packageId = requireId('packageId', query.packageId);
  const from = instantOf('from', query.from);
  const to = instantOf('to', query.to);
  const span = Date.parse(to) - Date.parse(from);
  if (span <= 0) throw new RangeError(`to must be after from (got from ${from}, to ${to}).`);
  if (span > MAX_SLOT_RANGE_DAYS * MS_PER_DAY) {
    throw new RangeError(`to must be at most ${MAX_SLOT_RANGE_DAYS} days after from (got ${(span / MS_PER_DAY).toFixed(1)} days).`);
  }
  return { expertId, packageId, from, to };
}

function checkHoldInput(input: HoldInput): { expertId: string; packageId: string; starts: string[] } {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError('holds.create needs { expertId, packageId, starts }.');
  }
  const expertId = requireId('expertId', input.expertId);
  const packageId = requireId('packageId', input.packageId);
  return { expertId, packageId, starts: slotStarts(input.starts) };
}

function holdPath(hold: { id: string; token: string }, method: string): { path: string; headers: Record<string, string> } {
  if (typeof hold !== 'object' || hold === null) throw new TypeError(`holds.${method} needs the hold { id, token } (got ${shown(hold)}).`);
  const id = requireId('hold.id', hold.id);
  const token = requireId('hold.token', hold.token);
  return { path: `v1/holds/${encodeURIComponent(id)}`, headers: { 'apptkit-hold': token } };
}

/** `client.slots`: reads bookable slots. */
export function createSlotsApi(transport: Transport): ApptClient['slots'] {
  return Object.freeze({
    list: async (query: SlotListQuery, { signal }: RequestOptions = {}) => {
      const { expertId, packageId, from, to } = checkQuery(query);
      return transport.request({
        method: 'GET',
        path: `v1/experts/${encodeURIComponent(expertId)}/slots`,
        search: { packageId, from, to },
        signal,
        parse: parseSlotList(expertId, packageId),
      });
    },
  });
}

/** `client.holds`: reserves slots, reads and releases a reservation. Writes are never retried. */
export function createHoldsApi(transport: Transport): ApptClient['holds'] {
  return Object.freeze({
    create: async (input: HoldInput, { signal, idempotencyKey }: HoldCreateOptions = {}) => {
      const body = checkHoldInput(input);
      return transport.request({
        method: 'POST',
        path: 'v1/holds',
        json: body,
        headers: { 'idempotency-key': idempotencyKeyOf(idempotencyKey) },
        signal,
        parse: parseHold({ expertId: body.expertId, packageId: body.packageId }),
      });
    },
    get: async (hold: { id: string; token: string }, { signal }: RequestOptions = {}) => {
      const { path, headers } = holdPath(hold, 'get');
      return transport.request({ method: 'GET', path, headers, signal, parse: parseHold({ id: hold.id }) });
    },
    release: async (hold: { id: string; token: string }, { signal }: RequestOptions = {}) => {
      const { path, headers } = holdPath(hold, 'release');
      await transport.request({ method: 'DELETE', path, headers, signal, parse: parseNoContent });
    },
  });
}
