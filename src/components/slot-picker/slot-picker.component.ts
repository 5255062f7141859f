import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ApptElement } from '../base/appt-element.js';
import { clientFromAttributes } from '../base/own-client.js';
import { clientContext } from '../../context/client.js';
import type { ApptClient } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { Slot } from '../../core/slots/types.js';
import { slotsOverlap } from '../../core/session-span.js';
import { ApptSlotSelectEvent } from '../../events/slot-select.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { slotPickerTerms, type SlotPickerTexts } from './i18n/catalog.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { slotPickerStyles } from './slot-picker.styles.js';
import { isIsoDate, isKnownTimeZone, isYearMonth, localDate, monthOf, type IsoDate, type YearMonth } from './calendar.js';
import { SlotFormats } from './formats.js';
export { SlotFormats } from './formats.js';
import { browserZone, chooseVisitorZone, visitorZone, VisitorZoneController } from '../customer/visitor-zone.js';
import { groupByDay, sortSlots } from './slot-days.js';
import { SlotsLoader, type MonthData, type PackageShape } from './slots-loader.js';
import { DateGridController } from './date-grid.js';
import { calendarView } from './calendar-view.js';
import { timesError, timesSkeleton, timesView } from './times-view.js';
import { zoneView } from './zone-view.js';
import { selectionView } from './selection-view.js';

const TAG = 'appt-slot-picker';

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

  private readonly localize = new LocalizeController(this, slotPickerTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly grid = new DateGridController(this, {
    month: () => this.displayMonth,
    showMonth: (month) => (this.month = month),
    min: () => this.firstSelectableDate,
    root: () => this.renderRoot,
  });
  private readonly slots = new SlotsLoader(this, () => ({
    tag: TAG,
    expert: this.expert.trim(),
    packageId: this.packageId.trim() || this.package?.id || '',
    month: this.displayMonth,
    package: this.package,
    client: this.providedClient ?? this.ownClient,
    problem: this.configProblem(),
  }));

  /** Formats of the last render's locale and zone; rebuilt when either changes. */
  private formats: SlotFormats | undefined;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('key')) this.ownClient = clientFromAttributes(TAG, this.api, this.key);
    if (changed.has('timeZone')) this.chosenZone = undefined;
    if (changed.has('value')) this.value = sortSlots(this.value);
  }

  /** Loads the month shown again, e.g. after a failed load or when times may have changed. */
  reload(): Promise<void> {
    return this.slots.reload();
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.shownTimeZone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new SlotFormats(locale, zone);
    const f = this.formats;
    const month = this.displayMonth;
    const min = this.firstSelectableDate;
    const data = this.slots.monthData(month);
    const failure = this.slots.failure;
    const loading = !data && !failure;
    const days = groupByDay(data?.slots ?? [], zone);
    const calendar = calendarView({
      t,
      f,
      month,
      min,
      today: localDate(this.now(), zone),
      days,
      selected: this.grid.selectedDate,
      chosenDays: new Set(this.value.map((slot) => localDate(Date.parse(slot.start), zone))),
      tabStop: this.grid.tabStop(days),
      loading,
      showMonth: (to) => this.grid.showMonth(to),
      chooseDay: (date) => this.grid.chooseDay(date, days),
      onKey: (event) => this.grid.onKey(event, days, dir === 'rtl', f.locale),
    });
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>
      <div class="layout">
        ${calendar}
        <section part="times" class="times" aria-labelledby="times-heading">
          ${t ? this.renderTimes(t, data, days, failure) : timesSkeleton('')}
          ${t ? this.renderZone(t, data) : nothing}
        </section>
      </div>
      ${t
        ? selectionView({ t, f, value: this.value, total: data?.package.sessions ?? this.package?.sessions, remove: (slot) => void this.removeChosen(slot) })
        : nothing}
    </div>`;
  }

  private renderTimes(t: SlotPickerTexts, data: MonthData | undefined, days: Map<IsoDate, Slot[]>, failure: { error: unknown } | undefined) {
    if (failure) return timesError(t, failure.error, () => void this.reload());
    if (!data) return timesSkeleton(t.loadingTimes);
    const pkg = data.package;
    return timesView({
      t,
      f: this.formats!,
      month: this.displayMonth,
      min: this.firstSelectableDate,
      days,
      selected: this.grid.selectedDate,
      value: this.value,
      package: pkg,
      toggle: (slot) => this.toggle(slot, pkg),
      jumpTo: (date) => this.grid.jumpTo(date),
    });
  }

  private renderZone(t: SlotPickerTexts, data: MonthData | undefined) {
    const shown = this.shownTimeZone;
    const expertZone = data?.expertTimeZone;
    const suggested = [...new Set([this.zones.zone, visitorZone(), browserZone(), expertZone, shown].filter((z): z is string => !!z))];
    return zoneView({ t, f: this.formats!, shown, suggested, expertZone, nowMs: this.now(), switchZone: (zone) => this.switchZone(zone) });
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
    if (this.value.length >= pkg.sessions || this.value.some((s) => slotsOverlap(s, slot, pkg.breakMinutes))) return;
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

declare global {
  interface HTMLElementTagNameMap {
    'appt-slot-picker': ApptSlotPicker;
  }
}
