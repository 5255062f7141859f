/** The picker's times column: the chosen day's times, or loading, no times this month, or the error box. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '../../core/slots/types.js';
import { slotsOverlap } from '../../core/session-span.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import type { SlotPickerTexts } from './i18n/catalog.js';
import { monthOf, offsetMinutes, type IsoDate, type YearMonth } from './calendar.js';
import type { SlotFormats } from './formats.js';
import type { PackageShape } from './slots-loader.js';

/** What the times column shows once the month is loaded, and where its clicks go. */
export interface TimesView {
  t: SlotPickerTexts;
  f: SlotFormats;
  month: YearMonth;
  min: IsoDate;
  days: ReadonlyMap<IsoDate, Slot[]>;
  selected: IsoDate | undefined;
  /** The chosen times. */
  value: readonly Slot[];
  package: PackageShape;
  toggle: (slot: Slot) => void;
  jumpTo: (date: IsoDate) => void;
}

/** The times of the listed day; no times this month (with the next day that has some); or the hint to pick a day. */
export function timesView(v: TimesView): TemplateResult {
  const { t, f, month, min, days } = v;
  const inMonth = [...days.keys()].filter((date) => monthOf(date) === month && date >= min);
  if (inMonth.length === 0) {
    const next = [...days.keys()].filter((date) => monthOf(date) > month && date >= min).sort()[0];
    return html`<div part="empty" class="empty" role="status">
      <h3 class="times-heading" id="times-heading">${t.noTimesInMonth(f.month(month))}</h3>
      ${next
        ? html`<button part="next-available-button" class="button button--secondary" type="button" @click=${() => v.jumpTo(next)}>
            ${t.nextAvailable(f.dayShort(next))}
          </button>`
        : nothing}
    </div>`;
  }
  const date = v.selected;
  const slots = date && monthOf(date) === month ? days.get(date) : undefined;
  if (!date || !slots) return html`<p class="hint" id="times-heading">${t.pickDay}</p>`;
  return html`<h3 part="times-heading" class="times-heading" id="times-heading">${t.timesOn(f.dayLong(date))}</h3>
    <ul class="slots" role="list">
      ${slotButtons(v, slots)}
    </ul>`;
}

/** A day's time buttons: chosen ones pressed, those overlapping a chosen one (or past the package's sessions) disabled. */
function slotButtons(v: TimesView, slots: readonly Slot[]): TemplateResult[] {
  const { f, value, package: pkg } = v;
  // Where the zone's offset changes within the day (a DST change), the same wall time can occur
  // twice: name the offset on every time of that day so they can be told apart.
  const offsets = new Set(slots.map((slot) => offsetMinutes(Date.parse(slot.start), f.timeZone)));
  const withZone = offsets.size > 1;
  const full = value.length >= pkg.sessions;
  return slots.map((slot) => {
    const chosen = value.some((s) => s.start === slot.start);
    const blocked = !chosen && (full || value.some((s) => slotsOverlap(s, slot, pkg.breakMinutes)));
    return html`<li>
      <button
        part=${chosen ? 'slot slot-chosen' : 'slot'}
        class="slot"
        type="button"
        aria-pressed=${chosen ? 'true' : 'false'}
        ?disabled=${blocked}
        @click=${() => v.toggle(slot)}
      >
        ${f.time(slot.start, withZone)}
      </button>
    </li>`;
  });
}

/** Placeholder times while the month loads; `label` is spoken. */
export function timesSkeleton(label: string): TemplateResult {
  return html`<div class="times-skeleton" aria-busy="true">
    <p role="status" class="visually-hidden" id="times-heading">${label}</p>
    <span class="bone heading-bone" aria-hidden="true"></span>
    <div class="slots" aria-hidden="true">${Array.from({ length: 6 }, () => html`<span class="bone slot-bone"></span>`)}</div>
  </div>`;
}

/** The error box of a failed load, with Try again. */
export function timesError(t: SlotPickerTexts, error: unknown, retry: () => void): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  const cause = loadErrorCause(error);
  const sentence = cause === 'not-found' ? t.slotsErrorNotFound : cause === 'access' ? t.slotsErrorAccess : message;
  return html`<div part="error" class="error" role="alert">
    <h3 class="error-title" id="times-heading">${t.slotsErrorTitle}</h3>
    <p part="error-message" class="error-text">${sentence}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
    <button part="retry-button" class="button button--secondary" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}
