import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addDays, addMonthsClamped, firstDayOfWeek, firstOfMonth, monthOf, startOfWeek, type IsoDate, type YearMonth } from './calendar.js';

/** What the date grid reads from and asks of the picker. */
export interface DateGridOptions {
  /** The month shown. */
  month: () => YearMonth;
  /** Shows another month (the picker's `month` property). */
  showMonth: (month: YearMonth) => void;
  /** The first day that may be chosen. */
  min: () => IsoDate;
  /** Where the day cells are rendered. */
  root: () => ParentNode;
}

/**
 * The month grid's selection and keyboard, after the WAI-ARIA date grid pattern: which day's
 * times are listed, which day holds the grid's one tab stop, and the keys that move it (arrows
 * by day, Page Up / Page Down by month, with Shift by year, Home / End to the week's start and
 * end, Enter or Space choose the day), moving to another month when the tab stop leaves this one.
 * DOM focus follows a key's move after the next render.
 */
export class DateGridController implements ReactiveController {
  private selected: IsoDate | undefined;
  private focused: IsoDate | undefined;
  /** Set when a key moved the tab stop: the next render moves DOM focus to it. */
  private focusAfterRender = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DateGridOptions,
  ) {
    host.addController(this);
  }

  /** The day whose times are listed. */
  get selectedDate(): IsoDate | undefined {
    return this.selected;
  }

  hostUpdated(): void {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    this.options.root().querySelector<HTMLElement>('[part~="day"][tabindex="0"]')?.focus();
  }

  /** The day holding the tab stop: the focused day if it is in this month, else the chosen day, the first day with times, or the first selectable day. */
  tabStop(days: ReadonlyMap<IsoDate, unknown>): IsoDate {
    const month = this.options.month();
    const min = this.options.min();
    for (const candidate of [this.focused, this.selected]) {
      if (candidate && monthOf(candidate) === month) return candidate;
    }
    const available = [...days.keys()].filter((date) => monthOf(date) === month && date >= min).sort();
    if (available[0]) return available[0];
    return monthOf(min) === month ? min : firstOfMonth(month);
  }

  /** Shows `month`; a listed day of another month is let go, and `focus` (if any) takes the tab stop. */
  showMonth(month: YearMonth, focus?: IsoDate): void {
    this.options.showMonth(month);
    if (this.selected && monthOf(this.selected) !== month) this.selected = undefined;
    this.focused = focus;
    this.host.requestUpdate();
  }

  /** Shows `date`'s month with `date` listed and focused (the "next available day" button). */
  jumpTo(date: IsoDate): void {
    this.showMonth(monthOf(date), date);
    this.selected = date;
    this.focusAfterRender = true;
  }

  /** A click on (or Enter on) `date`: it takes the tab stop, and its times are listed if it has any. */
  chooseDay(date: IsoDate, days: ReadonlyMap<IsoDate, unknown>): void {
    this.focused = date;
    if (date >= this.options.min() && days.has(date)) this.selected = date;
    this.host.requestUpdate();
  }

  /** The grid's keys; `rtl` turns the left and right arrows, `locale` decides the week's first day. */
  onKey(event: KeyboardEvent, days: ReadonlyMap<IsoDate, unknown>, rtl: boolean, locale: string): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-date]');
    const from = cell?.dataset.date;
    if (!from) return;
    const firstDay = firstDayOfWeek(locale);
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
    const min = this.options.min();
    if (to < min) to = min;
    if (monthOf(to) !== this.options.month()) this.showMonth(monthOf(to), to);
    this.focused = to;
    this.focusAfterRender = true;
    this.host.requestUpdate();
  }
}
