import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { ApptElement } from '../base/appt-element.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { clientFromAttributes } from '../base/own-client.js';
import { clientContext } from '../../context/client.js';
import type { ApptClient } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { Slot } from '../../core/slots/types.js';
import { ApptSlotSelectEvent } from '../../events/slot-select.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { slotPickerTerms, type SlotPickerTexts } from './i18n/catalog.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import { slotPickerStyles } from './slot-picker.styles.js';
import {
  addDays,
  addMonths,
  addMonthsClamped,
  firstDayOfWeek,
  firstOfMonth,
  isIsoDate,
  isKnownTimeZone,
  isYearMonth,
  localDate,
  monthOf,
  monthWeeks,
  offsetMinutes,
  requestRange,
  startOfWeek,
  utcMidnight,
  type IsoDate,
  type YearMonth,
} from './calendar.js';
import { zoneOptions } from './zone-list.js';
import { SlotFormats } from './formats.js';
import { browserZone, chooseVisitorZone, visitorZone, VisitorZoneController } from '../customer/visitor-zone.js';

const TAG = 'appt-slot-picker';

/** What the picker needs of a package: how many slots to pick and the rest after each. */
type PackageShape = Pick<AppointmentPackage, 'id' | 'sessions' | 'durationMinutes' | 'breakMinutes'>;

/** One month's answer: the expert's zone, the slots, and the package they belong to. */
interface MonthData {
  month: YearMonth;
  expertTimeZone: string;
  slots: Slot[];
  package: PackageShape;
}

type TaskArgs = readonly [
  expert: string,
  packageId: string,
  month: YearMonth,
  pkg: PackageShape | undefined,
  client: ApptClient | Error | undefined,
  problem: string,
];

/**
 * A month calendar of an expert's bookable times for one package, and the times of the chosen
 * day, shown in the viewer's time zone. A client picks up to the package's `sessions` times
 * (fewer is fine: the rest can be booked later); times that would overlap a chosen one, with the
 * package's break after it, are disabled.
 *
 * The zone the visitor switches to is kept for the tab (see `visitor-zone.ts`): the checkout,
 * "my bookings", the call, the sign-in and every picker opened later show their times in it,
 * unless their host set their `time-zone`.
 *
 * The calendar follows the WAI-ARIA date grid pattern: arrow keys move by day, Page Up / Page
 * Down by month (with Shift by year), Home / End to the start and end of the week, Enter or Space
 * choose the day. Days without times stay focusable but are disabled. One month (and a look
 * ahead into the next, to point at the next free day) loads at a time; moving on aborts the
 * request of the month left behind.
 *
 * It loads through the `ApptClient` an ancestor provides by context, or else through its own
 * client built from `api` and `key`.
 *
 * @summary Lets a client pick the times of a package's sessions from an expert's free slots.
 * @tag appt-slot-picker
 *
 * @event {ApptSlotSelectEvent} appt-slot-select - The chosen times changed; `event.slots` holds every chosen `{ start, end }`.
 * @event change - The chosen times changed (after `appt-slot-select`); read `value`.
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart calendar - The month column: header and grid.
 * @csspart header - The month name between the previous and next buttons.
 * @csspart month-label - The month name.
 * @csspart nav-button - The previous and next month buttons (also `prev-button`, `next-button`).
 * @csspart prev-button - The previous month button.
 * @csspart next-button - The next month button.
 * @csspart grid - The month table (`role="grid"`).
 * @csspart weekday - A weekday column header: its short name, or its narrow one ("M") when the grid is narrow; its full name for screen readers.
 * @csspart day - A day cell; `day-available`, `day-selected`, `day-chosen` and `day-today` mark its state.
 * @csspart times - The column of the chosen day's times, and of the loading, empty and error states.
 * @csspart times-heading - The heading naming the chosen day.
 * @csspart slot - A time button; `slot-chosen` when chosen.
 * @csspart zone - The time zone switcher and note.
 * @csspart zone-select - The time zone `<select>`.
 * @csspart zone-note - The expert's time zone, when it differs from the one shown.
 * @csspart empty - The "no times this month" message.
 * @csspart next-available-button - The button jumping to the next day with times.
 * @csspart error - The error box.
 * @csspart error-message - The sentence saying why loading failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - The error box's retry button.
 * @csspart selection - The chosen times: count, list and hint.
 * @csspart selection-count - "2 of 3 sessions chosen".
 * @csspart selection-item - One chosen time.
 * @csspart remove-button - The button removing a chosen time.
 *
 * @cssproperty --appt-color-primary - Accent color: chosen day and times, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of the panels (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color, days without times (global token).
 * @cssproperty --appt-color-border - Borders and dividers (global token).
 * @cssproperty --appt-color-danger - Error title color (global token).
 * @cssproperty --appt-color-danger-surface - Error box background (global token).
 * @cssproperty --appt-color-skeleton - Loading placeholder color (global token).
 * @cssproperty --appt-color-skeleton-shine - Loading shimmer highlight (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-slot-picker-background - Background of the calendar and times panels.
 * @cssproperty --appt-slot-picker-gap - Space between the panels.
 * @cssproperty --appt-slot-picker-day-radius - Corner radius of day cells.
 * @cssproperty --appt-slot-picker-available-color - Color of the dot under days with times.
 * @cssproperty --appt-slot-picker-slot-min-width - Narrowest time button before the list drops a column.
 */
export class ApptSlotPicker extends ApptElement {
  static override styles = [tokens, shared, slotPickerStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = slotPickerTerms;

  /** Id of the expert whose times to show. Required. */
  @property({ reflect: true }) expert = '';

  /** Id of the package to book. Required unless `package` is set. */
  @property({ attribute: 'package-id', reflect: true }) packageId = '';

  /**
   * The package to book, as `<appt-packages>` gives it: its `sessions`, `durationMinutes` and
   * `breakMinutes` decide how many times may be chosen and which overlap. Without it the picker
   * loads the package by `package-id`.
   */
  @property({ attribute: false }) package: AppointmentPackage | undefined;

  /** Base URL of the tenant's API (https, or http on loopback). Unused when an ancestor provides a client. */
  @property({ reflect: true }) api = '';

  /** Publishable key (`pk_…`). Unused when an ancestor provides a client. */
  @property({ reflect: true }) key = '';

  /**
   * The viewer's IANA time zone, e.g. `America/New_York`; default: the zone the visitor chose in
   * this tab, else the browser's. Times and days are shown in it.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** The first day that may be chosen, `YYYY-MM-DD` in the viewer's zone; default: today. */
  @property({ attribute: 'min-date', reflect: true }) minDate = '';

  /** The month shown, `YYYY-MM`; follows the user's navigation. Default: the month of `min-date`. */
  @property({ reflect: true }) month = '';

  /** Color scheme: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Language of the element's texts and formats; falls back to context, ancestors and the browser. */
  @property({ reflect: true }) override lang!: string;

  /** The chosen times, ascending: UTC instants as the API gave them. Setting it replaces the choice without events. */
  @property({ attribute: false }) value: readonly Slot[] = [];

  /** This device's clock, epoch milliseconds; `Date.now` by default. It decides which day is today. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** A client provided by an ancestor; wins over `api` and `key`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: ApptClient | undefined;

  /** The client built from `api` and `key`, or why it could not be built. */
  @state() private ownClient: ApptClient | Error | undefined;

  /** The zone the user switched to while `time-zone` is set; `undefined` shows `time-zone`. */
  @state() private chosenZone: string | undefined;

  /** The day whose times are listed. */
  @state() private selectedDate: IsoDate | undefined;

  /** The day cell holding the grid's tab stop. */
  @state() private focusedDate: IsoDate | undefined;

  /** Set when a key moved the tab stop: the next render moves DOM focus to it. */
  private focusAfterRender = false;

  private readonly localize = new LocalizeController(this, slotPickerTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);

  /** Formats of the last render's locale and zone; rebuilt when either changes. */
  private formats: SlotFormats | undefined;

  private readonly slotsTask = new Task<TaskArgs, MonthData>(this, {
    args: () => [
      this.expert.trim(),
      this.packageId.trim() || this.package?.id || '',
      this.displayMonth,
      this.package,
      this.providedClient ?? this.ownClient,
      this.configProblem(),
    ],
    task: async ([expert, packageId, month, pkg, client, problem], { signal }) => {
      if (problem) throw new ConfigurationError(problem);
      if (client instanceof Error) throw client;
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const knownPackage = pkg && pkg.id === packageId ? pkg : undefined;
      const [list, resolved] = await Promise.all([
        client.slots.list({ expertId: expert, packageId, ...requestRange(month) }, { signal }),
        knownPackage ?? this.loadPackage(client, expert, packageId, signal),
      ]);
      return { month, expertTimeZone: list.timeZone, slots: list.slots, package: resolved };
    },
  });

  /** The month shown: `month` when valid, else the month of the first selectable day. */
  private get displayMonth(): YearMonth {
    return isYearMonth(this.month) ? this.month : monthOf(this.firstSelectableDate);
  }

  /**
   * The zone the times are shown in now: the one the visitor switched to here, else `time-zone`,
   * else the zone the visitor chose in this tab, else the browser's.
   */
  get shownTimeZone(): string {
    const zone = this.chosenZone ?? this.zones.zone;
    return isKnownTimeZone(zone) ? zone : browserZone();
  }

  /** `min-date` when valid, else today in the zone shown. */
  private get firstSelectableDate(): IsoDate {
    return isIsoDate(this.minDate) ? this.minDate : localDate(this.now(), this.shownTimeZone);
  }

  /** The first set-up mistake, named for the site owner, or `''`. */
  private configProblem(): string {
    if (!this.expert.trim()) return `<${TAG}>: the "expert" attribute is required (the id of an expert).`;
    if (!this.packageId.trim() && !this.package) {
      return `<${TAG}>: the "package-id" attribute (or the "package" property) is required.`;
    }
    const zone = this.timeZone.trim();
    if (zone && !isKnownTimeZone(zone)) {
      return `<${TAG}>: the "time-zone" attribute must be an IANA time zone such as "Europe/Berlin" (got "${this.timeZone}").`;
    }
    if (this.minDate && !isIsoDate(this.minDate)) {
      return `<${TAG}>: the "min-date" attribute must be a date written YYYY-MM-DD (got "${this.minDate}").`;
    }
    if (this.month && !isYearMonth(this.month)) {
      return `<${TAG}>: the "month" attribute must be a month written YYYY-MM (got "${this.month}").`;
    }
    return '';
  }

  private async loadPackage(client: ApptClient, expertId: string, packageId: string, signal: AbortSignal): Promise<PackageShape> {
    const packages = await client.packages.list({ expertId }, { signal });
    const found = packages.find((pkg) => pkg.id === packageId);
    if (!found) {
      throw new ConfigurationError(`<${TAG}>: the expert "${expertId}" has no package "${packageId}" (the "package-id" attribute).`);
    }
    return found;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('key')) this.ownClient = clientFromAttributes(TAG, this.api, this.key);
    if (changed.has('timeZone')) this.chosenZone = undefined;
    if (changed.has('value')) this.value = sortSlots(this.value);
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="day"][tabindex="0"]')?.focus();
  }

  /** Loads the month shown again, e.g. after a failed load or when times may have changed. */
  reload(): Promise<void> {
    return this.slotsTask.run();
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.shownTimeZone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new SlotFormats(locale, zone);
    const data = this.slotsTask.value?.month === this.displayMonth ? this.slotsTask.value : undefined;
    const loading = !data && this.slotsTask.status !== TaskStatus.ERROR;
    const days = groupByDay(data?.slots ?? [], zone);
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>
      <div class="layout">
        ${this.renderCalendar(t, days, loading, dir === 'rtl')}
        <section part="times" class="times" aria-labelledby="times-heading">
          ${t ? this.renderTimes(t, data, days, loading) : this.renderTimesSkeleton('')}
          ${t ? this.renderZone(t, data) : nothing}
        </section>
      </div>
      ${t ? this.renderSelection(t, data?.package) : nothing}
    </div>`;
  }

  private renderCalendar(t: SlotPickerTexts | undefined, days: Map<IsoDate, Slot[]>, loading: boolean, rtl: boolean): TemplateResult {
    const f = this.formats!;
    const month = this.displayMonth;
    const min = this.firstSelectableDate;
    const firstDay = firstDayOfWeek(f.locale);
    const weeks = monthWeeks(month, firstDay);
    const tabStop = this.tabStop(days);
    const chosenDays = new Set(this.value.map((slot) => localDate(Date.parse(slot.start), this.shownTimeZone)));
    const today = localDate(this.now(), this.shownTimeZone);
    const atMin = month <= monthOf(min);
    return html`<section part="calendar" class="calendar">
      <div part="header" class="header">
        <button
          part="nav-button prev-button"
          class="nav"
          type="button"
          aria-label=${t?.previousMonth ?? ''}
          ?disabled=${atMin}
          @click=${() => this.showMonth(addMonths(month, -1))}
        >
          <!-- The arrows are bidi-mirrored characters: in right-to-left text they turn by themselves. -->
          <span aria-hidden="true">‹</span>
        </button>
        <h2 part="month-label" class="month-label" id="month-label" aria-live="polite">${f.month(month)}</h2>
        <button
          part="nav-button next-button"
          class="nav"
          type="button"
          aria-label=${t?.nextMonth ?? ''}
          @click=${() => this.showMonth(addMonths(month, 1))}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table
        part="grid"
        class="grid"
        role="grid"
        aria-labelledby="month-label"
        aria-busy=${loading ? 'true' : 'false'}
        data-weekdays=${f.weekdayLength()}
        @keydown=${(event: KeyboardEvent) => this.onGridKey(event, days, rtl)}
      >
        <thead>
          <tr>
            ${weeks[0]!.map((_, index) => {
              const date = addDays(startOfWeek(firstOfMonth(month), firstDay), index);
              // Short or narrow letters, as the width allows (styles); spoken, always the full name.
              const name = f.weekdayLong(date);
              const short = html`<span class="weekday-short" aria-hidden="true">${f.weekdayShort(date)}</span>`;
              const narrow = html`<span class="weekday-narrow" aria-hidden="true">${f.weekdayNarrow(date)}</span>`;
              return html`<th part="weekday" scope="col" abbr=${name}><span class="visually-hidden">${name}</span>${short}${narrow}</th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((date) => (date ? this.renderDay(t, date, days, { min, tabStop, chosenDays, today }) : html`<td class="outside"></td>`))}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderDay(
    t: SlotPickerTexts | undefined,
    date: IsoDate,
    days: Map<IsoDate, Slot[]>,
    marks: { min: IsoDate; tabStop: IsoDate; chosenDays: Set<IsoDate>; today: IsoDate },
  ): TemplateResult {
    const count = date >= marks.min ? (days.get(date)?.length ?? 0) : 0;
    const selected = date === this.selectedDate;
    const chosen = marks.chosenDays.has(date);
    const isToday = date === marks.today;
    const parts = ['day', count ? 'day-available' : '', selected ? 'day-selected' : '', chosen ? 'day-chosen' : '', isToday ? 'day-today' : '']
      .filter(Boolean)
      .join(' ');
    const availability = t ? (count ? t.timesAvailable(count) : t.noTimes) : '';
    return html`<td
      part=${parts}
      class="day"
      role="gridcell"
      data-date=${date}
      tabindex=${date === marks.tabStop ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-disabled=${count ? 'false' : 'true'}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => this.chooseDay(date, days)}
    >
      <span class="day-mark" aria-hidden="true"><span class="day-number">${this.formats!.dayNumber(date)}</span></span>
      <span class="visually-hidden">${this.formats!.dayLong(date)}, ${availability}</span>
    </td>`;
  }

  /** The day holding the tab stop: the focused day if it is in this month, else the chosen day, the first day with times, or the first selectable day. */
  private tabStop(days: Map<IsoDate, Slot[]>): IsoDate {
    const month = this.displayMonth;
    const min = this.firstSelectableDate;
    for (const candidate of [this.focusedDate, this.selectedDate]) {
      if (candidate && monthOf(candidate) === month) return candidate;
    }
    const available = [...days.keys()].filter((date) => monthOf(date) === month && date >= min).sort();
    if (available[0]) return available[0];
    return monthOf(min) === month ? min : firstOfMonth(month);
  }

  private renderTimes(t: SlotPickerTexts, data: MonthData | undefined, days: Map<IsoDate, Slot[]>, loading: boolean): TemplateResult {
    if (this.slotsTask.status === TaskStatus.ERROR) return this.renderError(this.slotsTask.error, t);
    if (loading || !data) return this.renderTimesSkeleton(t.loadingTimes);
    const month = this.displayMonth;
    const min = this.firstSelectableDate;
    const inMonth = [...days.keys()].filter((date) => monthOf(date) === month && date >= min);
    if (inMonth.length === 0) {
      const next = [...days.keys()].filter((date) => monthOf(date) > month && date >= min).sort()[0];
      return html`<div part="empty" class="empty" role="status">
        <h3 class="times-heading" id="times-heading">${t.noTimesInMonth(this.formats!.month(month))}</h3>
        ${next
          ? html`<button part="next-available-button" class="button button--secondary" type="button" @click=${() => this.jumpTo(next)}>
              ${t.nextAvailable(this.formats!.dayShort(next))}
            </button>`
          : nothing}
      </div>`;
    }
    const date = this.selectedDate;
    const slots = date && monthOf(date) === month ? days.get(date) : undefined;
    if (!date || !slots) {
      return html`<p class="hint" id="times-heading">${t.pickDay}</p>`;
    }
    return html`<h3 part="times-heading" class="times-heading" id="times-heading">${t.timesOn(this.formats!.dayLong(date))}</h3>
      <ul class="slots" role="list">
        ${this.renderSlots(slots, data.package)}
      </ul>`;
  }

  private renderSlots(slots: Slot[], pkg: PackageShape): TemplateResult[] {
    const f = this.formats!;
    const zone = this.shownTimeZone;
    // Where the zone's offset changes within the day (a DST change), the same wall time can occur
    // twice: name the offset on every time of that day so they can be told apart.
    const offsets = new Set(slots.map((slot) => offsetMinutes(Date.parse(slot.start), zone)));
    const withZone = offsets.size > 1;
    const full = this.value.length >= pkg.sessions;
    return slots.map((slot) => {
      const chosen = this.value.some((s) => s.start === slot.start);
      const blocked = !chosen && (full || this.value.some((s) => overlaps(s, slot, pkg.breakMinutes)));
      return html`<li>
        <button
          part=${chosen ? 'slot slot-chosen' : 'slot'}
          class="slot"
          type="button"
          aria-pressed=${chosen ? 'true' : 'false'}
          ?disabled=${blocked}
          @click=${() => this.toggle(slot, pkg)}
        >
          ${f.time(slot.start, withZone)}
        </button>
      </li>`;
    });
  }

  private renderTimesSkeleton(label: string): TemplateResult {
    return html`<div class="times-skeleton" aria-busy="true">
      <p role="status" class="visually-hidden" id="times-heading">${label}</p>
      <span class="bone heading-bone" aria-hidden="true"></span>
      <div class="slots" aria-hidden="true">${Array.from({ length: 6 }, () => html`<span class="bone slot-bone"></span>`)}</div>
    </div>`;
  }

  private renderError(error: unknown, t: SlotPickerTexts): TemplateResult {
    const { message, detail } = describeLoadError(error, t);
    const cause = loadErrorCause(error);
    const sentence = cause === 'not-found' ? t.slotsErrorNotFound : cause === 'access' ? t.slotsErrorAccess : message;
    return html`<div part="error" class="error" role="alert">
      <h3 class="error-title" id="times-heading">${t.slotsErrorTitle}</h3>
      <p part="error-message" class="error-text">${sentence}</p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      <button part="retry-button" class="button button--secondary" type="button" @click=${() => this.reload()}>${t.retry}</button>
    </div>`;
  }

  private renderZone(t: SlotPickerTexts, data: MonthData | undefined): TemplateResult {
    const f = this.formats!;
    const shown = this.shownTimeZone;
    const expertZone = data?.expertTimeZone;
    const suggested = [...new Set([this.zones.zone, visitorZone(), browserZone(), expertZone, shown].filter((z): z is string => !!z))];
    const others = zoneOptions(f.locale, suggested).filter((option) => !suggested.includes(option.zone));
    return html`<div part="zone" class="zone">
      <label class="zone-label">
        <span>${t.timeZoneLabel}</span>
        <select part="zone-select" class="zone-select" @change=${(event: Event) => this.switchZone((event.target as HTMLSelectElement).value)}>
          <optgroup label=${t.suggestedTimeZones}>
            ${suggested.map((zone) => html`<option value=${zone} .selected=${live(zone === shown)}>${f.zoneName(zone)}</option>`)}
          </optgroup>
          <optgroup label=${t.allTimeZones}>${others.map((option) => html`<option value=${option.zone}>${option.label}</option>`)}</optgroup>
        </select>
      </label>
      ${expertZone && offsetsDiffer(expertZone, shown, this.now())
        ? html`<p part="zone-note" class="zone-note">${t.expertTimeZone(f.zoneName(expertZone))}</p>`
        : nothing}
    </div>`;
  }

  private renderSelection(t: SlotPickerTexts, pkg: PackageShape | undefined): TemplateResult {
    const f = this.formats!;
    const total = pkg?.sessions ?? this.package?.sessions;
    const count = this.value.length;
    const hint = count === 0 ? t.noneChosen : total !== undefined && count >= total ? t.allChosen : t.bookRestLater;
    return html`<section part="selection" class="selection" aria-labelledby="selection-heading">
      <div class="selection-header">
        <h3 class="selection-heading" id="selection-heading" tabindex="-1">${t.selectionLabel}</h3>
        <p part="selection-count" class="selection-count" role="status">
          ${total === undefined ? '' : t.chosenCount(count, total)}
        </p>
      </div>
      ${count
        ? html`<ul class="chosen" role="list">
            ${this.value.map((slot) => {
              const label = f.range(slot);
              return html`<li part="selection-item" class="chosen-item">
                <span>${label}</span>
                <button part="remove-button" class="remove" type="button" aria-label=${t.removeTime(label)} @click=${() => void this.removeChosen(slot)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}
      <p class="hint">${hint}</p>
    </section>`;
  }

  private showMonth(month: YearMonth, focus?: IsoDate): void {
    this.month = month;
    if (this.selectedDate && monthOf(this.selectedDate) !== month) this.selectedDate = undefined;
    this.focusedDate = focus;
  }

  private jumpTo(date: IsoDate): void {
    this.showMonth(monthOf(date), date);
    this.selectedDate = date;
    this.focusAfterRender = true;
  }

  private chooseDay(date: IsoDate, days: Map<IsoDate, Slot[]>): void {
    this.focusedDate = date;
    if (date >= this.firstSelectableDate && days.has(date)) this.selectedDate = date;
  }

  private onGridKey(event: KeyboardEvent, days: Map<IsoDate, Slot[]>, rtl: boolean): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-date]');
    const from = cell?.dataset.date;
    if (!from) return;
    const firstDay = firstDayOfWeek(this.formats!.locale);
    const forward = rtl ? -1 : 1;
    let to: IsoDate;
    switch (event.key) {
      case 'ArrowRight': to = addDays(from, forward); break;
      case 'ArrowLeft': to = addDays(from, -forward); break;
      case 'ArrowDown': to = addDays(from, 7); break;
      case 'ArrowUp': to = addDays(from, -7); break;
      case 'Home': to = startOfWeek(from, firstDay); break;
      case 'End': to = addDays(startOfWeek(from, firstDay), 6); break;
      case 'PageDown': to = addMonthsClamped(from, event.shiftKey ? 12 : 1); break;
      case 'PageUp': to = addMonthsClamped(from, event.shiftKey ? -12 : -1); break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.chooseDay(from, days);
        return;
      default:
        return;
    }
    event.preventDefault();
    const min = this.firstSelectableDate;
    if (to < min) to = min;
    if (monthOf(to) !== this.displayMonth) this.showMonth(monthOf(to), to);
    this.focusedDate = to;
    this.focusAfterRender = true;
  }

  /** The visitor's switch: kept for the tab (the host's `time-zone` still wins elsewhere), and shown here at once. */
  private switchZone(zone: string): void {
    const explicit = this.timeZone.trim();
    this.chosenZone = explicit && zone !== explicit ? zone : undefined;
    chooseVisitorZone(zone);
  }

  private toggle(slot: Slot, pkg: PackageShape): void {
    const chosen = this.value.some((s) => s.start === slot.start);
    if (chosen) return this.unchoose(slot);
    if (this.value.length >= pkg.sessions || this.value.some((s) => overlaps(s, slot, pkg.breakMinutes))) return;
    this.commit([...this.value, { start: slot.start, end: slot.end }]);
  }

  private unchoose(slot: Slot): void {
    this.commit(this.value.filter((s) => s.start !== slot.start));
  }

  /**
   * The remove button of a chosen time: the button goes with the time, so focus moves to the next
   * remove button (the previous one for the last), or to the selection's heading when none is
   * left, never to the page's body.
   */
  private async removeChosen(slot: Slot): Promise<void> {
    const index = this.value.findIndex((s) => s.start === slot.start);
    this.unchoose(slot);
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('[part~="remove-button"]');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#selection-heading'))?.focus();
  }

  private commit(next: Slot[]): void {
    this.value = sortSlots(next);
    this.emit(new ApptSlotSelectEvent(this.value));
    this.emit(new Event('change', { bubbles: true }));
  }
}

/** Slots in ascending order of start. */
function sortSlots(slots: readonly Slot[]): Slot[] {
  return [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Whether two slots' spans, each `[start, end + break)`, overlap. */
function overlaps(a: Slot, b: Slot, breakMinutes: number): boolean {
  const rest = breakMinutes * 60_000;
  return Date.parse(a.start) < Date.parse(b.end) + rest && Date.parse(b.start) < Date.parse(a.end) + rest;
}

/** Slots by the local date of their start in `timeZone`, each day ascending. */
function groupByDay(slots: readonly Slot[], timeZone: string): Map<IsoDate, Slot[]> {
  const days = new Map<IsoDate, Slot[]>();
  for (const slot of slots) {
    const date = localDate(Date.parse(slot.start), timeZone);
    const day = days.get(date);
    if (day) day.push(slot);
    else days.set(date, [slot]);
  }
  return days;
}

/** Whether two zones differ at `nowMs` or at some point of the year after it (Berlin and Paris do not). */
function offsetsDiffer(a: string, b: string, nowMs: number): boolean {
  if (a === b) return false;
  const now = utcMidnight(localDate(nowMs, 'UTC'));
  return [0, 91, 182, 273].some((days) => {
    const at = now + days * 86_400_000;
    return offsetMinutes(at, a) !== offsetMinutes(at, b);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-slot-picker': ApptSlotPicker;
  }
}
