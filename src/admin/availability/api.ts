/**
 * `admin.availability`: an expert's weekly rules, date overrides and blocks over
 * `/v1/admin/experts/{expertId}/availability`, on the admin client's transport.
 */
import type { TransportRequest } from '../../http/transport.js';
import { ifMatch, requireId, requireVersion } from '../args.js';
import { availabilityBody } from './input.js';
import { parseAvailability } from './parse.js';
import type { AvailabilityApi } from './types.js';

/** Sends one request of the admin client (a 412 already turned into a `VersionConflictError`). */
export type Send = <T>(request: TransportRequest<T>) => Promise<T>;

const availabilityPath = (expertId: string) => `v1/admin/experts/${encodeURIComponent(expertId)}/availability`;

/** The availability methods of an admin client, sending through `send`. */
export function createAvailabilityApi(send: Send): AvailabilityApi {
  return Object.freeze({
    get: async (expertId: string, { signal }: { signal?: AbortSignal } = {}) => {
      const id = requireId('expertId', expertId);
      return send({ method: 'GET', path: availabilityPath(id), signal, parse: parseAvailability(id) });
    },
    set: async (expertId, availability, options) => {
      const id = requireId('expertId', expertId);
      const version = requireVersion(options, "the availability's");
      const json = availabilityBody(availability);
      return send({ method: 'PUT', path: availabilityPath(id), json, headers: ifMatch(version), signal: options.signal, parse: parseAvailability(id) });
    },
  } satisfies AvailabilityApi);
}
