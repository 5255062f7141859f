/** The slot engine: `generateSlots` and its types. */
export { generateSlots } from './generate.js';
export type { SlotInputError } from './errors.js';
export type { BusyPeriod, DateOverride, Slot, SlotInput, TimeRange, Weekday, WeeklyRule } from './types.js';
