/** The picker's month column: the header with the previous and next buttons, and the date grid. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SlotPickerTexts } from './i18n/catalog.js';
import { addDays, addMonths, firstDayOfWeek, firstOfMonth, monthOf, monthWeeks, startOfWeek, type IsoDate, type YearMonth } from './calendar.js';
import type { SlotFormats } from './formats.js';

/** What the month column shows, and where its clicks and keys go. */
export interface CalendarView {
  /** The texts, or `undefined` while the language loads (the grid shows, unlabelled). */
  t: SlotPickerTexts | undefined;
  f: SlotFormats;
  month: YearMonth;
  /** The first day that may be chosen. */
  min: IsoDate;
  today: IsoDate;
  /** The days with times and how many each has. */
  days: ReadonlyMap<IsoDate, readonly unknown[]>;
  /** The day whose times are listed. */
  selected: IsoDate | undefined;
  /** The days of the chosen times. */
  chosenDays: ReadonlySet<IsoDate>;
  /** The day cell holding the grid's tab stop. */
  tabStop: IsoDate;
  loading: boolean;
  showMonth: (month: YearMonth) => void;
  chooseDay: (date: IsoDate) => void;
  onKey: (event: KeyboardEvent) => void;
}

/** The month column. */
export function calendarView(v: CalendarView): TemplateResult {
  const { t, f, month } = v;
  const firstDay = firstDayOfWeek(f.locale);
  const weeks = monthWeeks(month, firstDay);
  const atMin = month <= monthOf(v.min);
  return html`<section part="calendar" class="calendar">
    <div part="header" class="header">
      <button
        part="nav-button prev-button"
        class="nav"
        type="button"
        aria-label=${t?.previousMonth ?? ''}
        ?disabled=${atMin}
        @click=${() => v.showMonth(addMonths(month, -1))}
      >
        <!-- The arrows are bidi-mirrored characters: in right-to-left text they turn by themselves. -->
        <span aria-hidden="true">‹</span>
      </button>
      <h2 part="month-label" class="month-label" id="month-label" aria-live="polite">${f.month(month)}</h2>
      <button part="nav-button next-button" class="nav" type="button" aria-label=${t?.nextMonth ?? ''} @click=${() => v.showMonth(addMonths(month, 1))}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-labelledby="month-label"
      aria-busy=${v.loading ? 'true' : 'false'}
      data-weekdays=${f.weekdayLength()}
      @keydown=${v.onKey}
    >
      <thead>
        <tr>
          ${weeks[0]!.map((_, index) => weekdayHeader(f, addDays(startOfWeek(firstOfMonth(month), firstDay), index)))}
        </tr>
      </thead>
      <tbody>
        ${weeks.map((week) => html`<tr>${week.map((date) => (date ? dayCell(v, date) : html`<td class="outside"></td>`))}</tr>`)}
      </tbody>
    </table>
  </section>`;
}

/** A weekday column header: short or narrow letters, as the width allows (styles); spoken, always the full name. */
function weekdayHeader(f: SlotFormats, date: IsoDate): TemplateResult {
  const name = f.weekdayLong(date);
  const short = html`<span class="weekday-short" aria-hidden="true">${f.weekdayShort(date)}</span>`;
  const narrow = html`<span class="weekday-narrow" aria-hidden="true">${f.weekdayNarrow(date)}</span>`;
  return html`<th part="weekday" scope="col" abbr=${name}><span class="visually-hidden">${name}</span>${short}${narrow}</th>`;
}

/** One day cell: focusable always, disabled without times; its parts mark its state. */
function dayCell(v: CalendarView, date: IsoDate): TemplateResult {
  const { t, f } = v;
  const count = date >= v.min ? (v.days.get(date)?.length ?? 0) : 0;
  const selected = date === v.selected;
  const chosen = v.chosenDays.has(date);
  const isToday = date === v.today;
  const parts = ['day', count ? 'day-available' : '', selected ? 'day-selected' : '', chosen ? 'day-chosen' : '', isToday ? 'day-today' : '']
    .filter(Boolean)
    .join(' ');
  const availability = t ? (count ? t.timesAvailable(count) : t.noTimes) : '';
  return html`<td
    part=${parts}
    class="day"
    role="gridcell"
    data-date=${date}
    tabindex=${date === v.tabStop ? 0 : -1}
    aria-selected=${selected ? 'true' : 'false'}
    aria-disabled=${count ? 'false' : 'true'}
    aria-current=${ifDefined(isToday ? 'date' : undefined)}
    @click=${() => v.chooseDay(date)}
  >
    <span class="day-mark" aria-hidden="true"><span class="day-number">${f.dayNumber(date)}</span></span>
    <span class="visually-hidden">${f.dayLong(date)}, ${availability}</span>
  </td>`;
}
