import { waitUntil } from '@open-wc/testing';
import { pressKey } from './keys.js';
import type { ApptSlotPicker } from '../../../src/components/slot-picker/slot-picker.component.js';

/** What the times column shows: loading, times (or the hint to pick a day), no times this month, or an error. */
export type SlotPickerState = 'loading' | 'ready' | 'empty' | 'error';

/** Drives `<appt-slot-picker>` the way a user does: reads what is shown, clicks, presses keys. */
export class SlotPickerHarness {
  constructor(readonly element: ApptSlotPicker) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('appt-slot-picker has no shadow root: is the tag defined?');
    return root;
  }

  /** The part named `name` (first match), or null. */
  part(name: string, scope: ParentNode = this.root): HTMLElement | null {
    return scope.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Every element with part `name`. */
  parts(name: string, scope: ParentNode = this.root): HTMLElement[] {
    return [...scope.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }

  /** The state currently on screen. */
  state(): SlotPickerState {
    if (this.part('error')) return 'error';
    if (this.part('empty')) return 'empty';
    if (this.part('grid')?.getAttribute('aria-busy') === 'true') return 'loading';
    return 'ready';
  }

  /** Waits until the picker shows `state`. */
  async waitFor(state: SlotPickerState): Promise<void> {
    await waitUntil(() => this.state() === state, `appt-slot-picker never showed "${state}" (shows "${this.state()}")`, {
      timeout: 5000,
    });
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds, then for the element's render. */
  async until(predicate: () => boolean, message: string): Promise<void> {
    await waitUntil(predicate, message, { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** The month heading, e.g. "October 2026". */
  monthLabel(): string {
    return this.text(this.part('month-label'));
  }

  /** Column headers' full weekday names, in grid order. */
  weekdays(): string[] {
    return this.parts('weekday').map((th) => th.getAttribute('abbr') ?? '');
  }

  /** The day cell of `date` (`YYYY-MM-DD`). */
  day(date: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[part~="day"][data-date="${date}"]`);
    if (!cell) throw new Error(`No day ${date} in ${this.monthLabel()}`);
    return cell;
  }

  /** Dates of the days that have times (not aria-disabled). */
  availableDays(): string[] {
    return this.parts('day')
      .filter((cell) => cell.getAttribute('aria-disabled') === 'false')
      .map((cell) => cell.dataset.date!);
  }

  /** Clicks a day. */
  async clickDay(date: string): Promise<void> {
    this.day(date).click();
    await this.element.updateComplete;
  }

  /** The date of the day cell that has DOM focus, or null. */
  focusedDay(): string | null {
    const active = this.root.activeElement as HTMLElement | null;
    return active?.dataset.date ?? null;
  }

  /** The date holding the grid's tab stop. */
  tabStop(): string | null {
    return this.root.querySelector<HTMLElement>('[part~="day"][tabindex="0"]')?.dataset.date ?? null;
  }

  /** Focuses the grid's tab stop, as Tab would. */
  focusGrid(): void {
    this.root.querySelector<HTMLElement>('[part~="day"][tabindex="0"]')!.focus();
  }

  /** Presses a real key on whatever has focus, then waits for the render. */
  async press(key: string): Promise<void> {
    await pressKey(key);
    await this.element.updateComplete;
  }

  /** The time buttons' texts (no-break spaces as spaces). */
  times(): string[] {
    return this.parts('slot').map((b) => this.text(b));
  }

  /** The time buttons that can be pressed. */
  enabledTimes(): string[] {
    return this.parts('slot')
      .filter((b) => !(b as HTMLButtonElement).disabled)
      .map((b) => this.text(b));
  }

  /** The time button showing `label`. */
  timeButton(label: string): HTMLButtonElement {
    const button = this.parts('slot').find((b) => this.text(b) === label);
    if (!button) throw new Error(`No time "${label}"; times: ${this.times().join(', ')}`);
    return button as HTMLButtonElement;
  }

  /** Clicks the time showing `label`. */
  async pickTime(label: string): Promise<void> {
    this.timeButton(label).click();
    await this.element.updateComplete;
  }

  /** The heading of the chosen day's times. */
  timesHeading(): string {
    return this.text(this.part('times-heading'));
  }

  /** "2 of 3 sessions chosen". */
  chosenCount(): string {
    return this.text(this.part('selection-count'));
  }

  /** The chosen times as listed. */
  chosen(): string[] {
    return this.parts('selection-item').map((li) => this.text(li.querySelector('span')));
  }

  /** Removes the chosen time at `index`. */
  async removeChosen(index: number): Promise<void> {
    this.parts('remove-button')[index]!.click();
    await this.element.updateComplete;
  }

  /** Shows the next month. */
  async next(): Promise<void> {
    this.part('next-button')!.click();
    await this.element.updateComplete;
  }

  /** Chooses `zone` in the time zone switcher. */
  async switchZone(zone: string): Promise<void> {
    const select = this.part('zone-select') as HTMLSelectElement;
    select.value = zone;
    select.dispatchEvent(new Event('change'));
    await this.element.updateComplete;
  }

  /** The zones offered by the switcher. */
  zones(): string[] {
    return [...(this.part('zone-select') as HTMLSelectElement).options].map((o) => o.value);
  }

  /** The sentence saying why loading failed. */
  errorMessage(): string {
    return this.text(this.part('error-message'));
  }

  /** Presses the retry button. */
  retry(): void {
    (this.part('retry-button') as HTMLButtonElement).click();
  }

  /** The base part, which carries `dir` and `lang`. */
  base(): HTMLElement {
    return this.part('base') as HTMLElement;
  }

  /** Text as a sighted user reads it: whitespace collapsed, no-break and narrow spaces as spaces. */
  text(el: Element | null): string {
    return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  }
}
