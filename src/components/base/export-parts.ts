/**
 * The `exportparts` value by which an element forwards the parts of an apptkit element it nests,
 * each under `prefix-` (`day` of the picker inside `<appt-booking>` becomes `picker-day`), so a
 * host page styles the nested element with `::part()` without names colliding with the nesting
 * element's own.
 *
 * @example html`<appt-slot-picker exportparts=${exportParts('picker', SLOT_PICKER_PARTS)}></appt-slot-picker>`
 */
export function exportParts(prefix: string, parts: readonly string[]): string {
  return parts.map((part) => `${part}:${prefix}-${part}`).join(', ');
}
