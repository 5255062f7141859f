/**
 * Public types of an expert's availability on the admin API. Weekly rules and date overrides are
 * the slot engine's own input types (src/core/slots/types.ts), so what the admin stores is what
 * `generateSlots` reads.
 */
import type { DateOverride, TimeRange, Weekday, WeeklyRule } from '../../core/slots/types.js';
import type { AdminRequestOptions, VersionOptions } from '../types.js';

export type { DateOverride, TimeRange, Weekday, WeeklyRule };

/** A blocked period of an expert as stored: busy whatever the weekly rules say. */
export interface Block {
  /** Server-assigned; every save replaces the blocks, so ids change on each save. */
  id: string;
  /** ISO-8601 UTC instant (`…Z`). */
  start: string;
  /** ISO-8601 UTC instant after `start`. */
  end: string;
  /** Why the time is blocked; `""` when none was given. */
  reason: string;
}

/** A blocked period to save. */
export interface BlockInput {
  /** ISO-8601 instant with `Z` or an offset, e.g. `2026-04-03T10:00:00+02:00`. */
  start: string;
  /** ISO-8601 instant after `start`. */
  end: string;
  /** Up to 200 characters; trimmed by the server. */
  reason?: string;
}

/** An expert's availability: weekly rules and date overrides in the expert's zone, and blocks. */
export interface Availability {
  expertId: string;
  /** The expert's IANA zone, in which weekly rules and overrides are read. */
  timeZone: string;
  /** Goes up by one on every save; send it back as `options.version`. */
  version: number;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  blocks: Block[];
}

/**
 * What a save sends: the whole availability, replacing the stored one. An {@link Availability}
 * read earlier is accepted as is: fields that are not part of the input (`expertId`, `version`, a
 * block's `id`) are left out of the request.
 */
export interface AvailabilityInput {
  /** A new IANA zone for the expert; omitted keeps the current one. */
  timeZone?: string;
  weekly: readonly WeeklyRule[];
  /** At most one override per date; an override with no intervals is a day off. */
  overrides: readonly DateOverride[];
  /** At most 500. */
  blocks: readonly BlockInput[];
}

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
