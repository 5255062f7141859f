/**
 * Public types of an expert's availability on the admin API: aliases of the wire types generated
 * from openapi.yaml (src/wire). Weekly rules and date overrides are narrowed to the slot engine's
 * own input types (src/core/slots/types.ts, e.g. a `Weekday` 1–7 where the wire says an integer),
 * so what the admin stores is what `generateSlots` reads; src/wire/core-parity.ts proves that
 * these narrow the wire's.
 */
import type { DateOverride, TimeRange, Weekday, WeeklyRule } from '../../core/slots/types.js';
import type * as Wire from '../../wire/index.js';
import type { AdminRequestOptions, VersionOptions } from '../types.js';

export type { DateOverride, TimeRange, Weekday, WeeklyRule };

/**
 * A blocked period of an expert as stored, busy whatever the weekly rules say: UTC instants
 * (`…Z`), a server-assigned `id` (every save replaces the blocks, so ids change on each save) and
 * a `reason`, `""` when none was given.
 */
export type Block = Wire.Block;

/**
 * A blocked period to save: instants with `Z` or an offset (e.g. `2026-04-03T10:00:00+02:00`),
 * `end` after `start`, and an optional `reason` of up to 200 characters, trimmed by the server.
 */
export type BlockInput = Wire.BlockInput;

/**
 * An expert's availability: weekly rules and date overrides in the expert's zone (`timeZone`),
 * and blocks. `version` goes up by one on every save; send it back as `options.version`.
 */
export type Availability = Omit<Wire.Availability, 'weekly' | 'overrides'> & {
  weekly: WeeklyRule[];
  overrides: DateOverride[];
};

/**
 * What a save sends: the whole availability, replacing the stored one. An {@link Availability}
 * read earlier is accepted as is: fields that are not part of the input (`expertId`, `version`, a
 * block's `id`) are left out of the request. A `timeZone` changes the expert's zone (omitted keeps
 * it); at most one override per date (one with no intervals is a day off); at most 500 blocks.
 */
export type AvailabilityInput = Omit<Wire.ReadonlyArrays<Wire.AvailabilityInput>, 'weekly' | 'overrides'> & {
  weekly: readonly WeeklyRule[];
  overrides: readonly DateOverride[];
};

/** `admin.availability`: read and replace an expert's availability (`/v1/admin/experts/{id}/availability`). */
export interface AvailabilityApi {
  /** The expert's availability; rejects with an `ApiError` of code `not_found` for an unknown expert. */
  get(expertId: string, options?: AdminRequestOptions): Promise<Availability>;
  /**
   * Replaces the expert's availability read at `options.version` and resolves with the stored one
   * (version + 1). A stale version rejects with a `VersionConflictError` carrying
   * `currentVersion`; rules the slot engine refuses reject with an `ApiError` 422 whose
   * `fieldErrors` name each problem by path (`weekly[0].end`, `overrides[1].date`,
   * `blocks[2].start`). Read them with `fieldErrorsOf`.
   *
   * @example
   * const current = await admin.availability.get('exp_1');
   * const weekly = [...current.weekly, { weekday: 6, start: '09:00', end: '12:00' } as const];
   * await admin.availability.set('exp_1', { ...current, weekly }, { version: current.version });
   */
  set(expertId: string, availability: AvailabilityInput, options: VersionOptions): Promise<Availability>;
}
