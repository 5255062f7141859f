/**
 * Compile-time proof that the domain types of src/core which are also wire shapes describe the
 * same JSON as the schemas generated from openapi.yaml. The package, the credit package and the
 * field error are aliases of the wire's in core itself; the slot engine's types stay declared in
 * core (they are narrower, e.g. a `Weekday` 1–7, and `readonly`), so each of them is checked here:
 * when the spec or core changes one side, `npm run typecheck` fails on the pair until the other
 * side follows.
 */
import type * as Core from '../core/index.js';
import type * as Wire from './index.js';

/** `true` when `A` and `B` are assignable to each other (the same JSON, `readonly` aside). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` when every `A` is a `B` (core narrows the wire, e.g. a weekday 1–7 rather than any integer). */
type Narrows<A, B> = [A] extends [B] ? true : false;
type Assert<T extends true> = T;

/** The pairs; an error on one line names the type that drifted. */
export type CoreMatchesWire = [
  Assert<Same<Core.Slot, Wire.Slot>>,
  Assert<Same<Core.TimeRange, Wire.TimeRange>>,
  Assert<Same<Core.SessionTimes, Wire.SessionTimes>>,
  Assert<Narrows<Core.WeeklyRule, Wire.WeeklyRule>>,
  Assert<Same<Omit<Core.WeeklyRule, 'weekday'>, Omit<Wire.WeeklyRule, 'weekday'>>>,
  Assert<Same<Core.DateOverride, Wire.ReadonlyArrays<Wire.DateOverride>>>,
];
