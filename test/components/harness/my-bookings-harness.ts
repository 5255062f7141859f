import { waitUntil } from '@open-wc/testing';
import type { ApptMyBookings } from '../../../src/components/my-bookings/my-bookings.component.js';
import type { ApptSlotPicker } from '../../../src/components/slot-picker/slot-picker.component.js';
import type { ApptSignIn } from '../../../src/components/sign-in/sign-in.component.js';
import type { ApptCall } from '../../../src/components/call/call.component.js';
import { SlotPickerHarness } from './slot-picker-harness.js';
import { SignInHarness } from './sign-in-harness.js';
import { CallHarness } from './call-harness.js';

/** What "my bookings" shows: loading, the lists, signed out (the sign-in form), or an error. */
export type MyBookingsState = 'loading' | 'loaded' | 'signed-out' | 'error';

/** Drives `<appt-my-bookings>` the way a user does, and reaches the elements inside it through their own harnesses. */
export class MyBookingsHarness {
  constructor(readonly element: ApptMyBookings) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('appt-my-bookings has no shadow root: is the tag defined?');
    return root;
  }

  /** The part named `name` (first match within `scope`), or null. */
  part(name: string, scope: ParentNode = this.root): HTMLElement | null {
    return scope.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Every element with part `name` within `scope`. */
  parts(name: string, scope: ParentNode = this.root): HTMLElement[] {
    return [...scope.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }

  /** The state on screen. */
  state(): MyBookingsState {
    if (this.part('signed-out')) return 'signed-out';
    if (this.part('error')) return 'error';
    if (this.part('skeleton')) return 'loading';
    if (this.part('section')) return 'loaded';
    return 'loading';
  }

  /** Waits until the element shows `state` (after a load, a retry, a sign-in). */
  async waitFor(state: MyBookingsState): Promise<void> {
    await waitUntil(() => this.state() === state, `appt-my-bookings never showed "${state}" (shows "${this.state()}")`, { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds, then for the element's render. */
  async until(predicate: () => boolean, message: string): Promise<void> {
    await waitUntil(predicate, message, { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** The upcoming booking cards, top to bottom. */
  bookings(): HTMLElement[] {
    return this.parts('booking');
  }

  /** The purchase cards, top to bottom. */
  purchases(): HTMLElement[] {
    return this.parts('purchase');
  }

  /** The booking card titled `title`. */
  booking(title: string): HTMLElement {
    const card = this.bookings().find((c) => this.text(this.part('card-title', c)) === title);
    if (!card) throw new Error(`No booking "${title}"; bookings: ${this.bookings().map((c) => this.text(this.part('card-title', c))).join(', ')}`);
    return card;
  }

  /** The purchase card titled `title`. */
  purchase(title: string): HTMLElement {
    const card = this.purchases().find((c) => this.text(this.part('card-title', c)) === title);
    if (!card) throw new Error(`No purchase "${title}"`);
    return card;
  }

  /** Each booking as `[title, time, meta]`, as a sighted user reads it. */
  bookingRows(): string[][] {
    return this.bookings().map((card) => ['card-title', 'time', 'meta'].map((name) => this.text(this.part(name, card))));
  }

  /** The inner sign-in form's harness. */
  signIn(): SignInHarness {
    const el = this.root.querySelector<ApptSignIn>('appt-sign-in');
    if (!el) throw new Error('no <appt-sign-in> inside');
    return new SignInHarness(el);
  }

  /** The open slot picker's harness. */
  picker(): SlotPickerHarness {
    const el = this.root.querySelector<ApptSlotPicker>('appt-slot-picker');
    if (!el) throw new Error('no <appt-slot-picker> inside: press Schedule first');
    return new SlotPickerHarness(el);
  }

  /** The open call's harness. */
  call(): CallHarness {
    const el = this.root.querySelector<ApptCall>('appt-call');
    if (!el) throw new Error('no <appt-call> inside: press Join first');
    return new CallHarness(el);
  }

  /** Presses Schedule on the purchase titled `title`. */
  async schedule(title: string): Promise<void> {
    (this.part('schedule-button', this.purchase(title)) as HTMLButtonElement).click();
    await this.element.updateComplete;
  }

  /**
   * Chooses `count` times in the open picker the way a user would: going to the next month with
   * times if this one has none, opening the first day with times, pressing its first free times.
   */
  async chooseTimes(count: number): Promise<void> {
    const picker = this.picker();
    await picker.until(() => picker.state() === 'empty' || picker.availableDays().length > 0, 'the picker never showed times');
    if (picker.state() === 'empty') {
      picker.part('next-available-button')!.click();
      await picker.until(() => picker.availableDays().length > 0 && picker.state() === 'ready', 'no times next month');
    }
    await picker.clickDay(picker.availableDays()[0]!);
    for (let i = 0; i < count; i++) {
      const free = picker.enabledTimes().filter((label) => !this.isChosen(picker, label));
      await picker.pickTime(free[0]!);
    }
  }

  private isChosen(picker: SlotPickerHarness, label: string): boolean {
    return picker.timeButton(label).getAttribute('aria-pressed') === 'true';
  }

  /** The Book button. */
  bookButton(): HTMLButtonElement {
    return this.part('book-button') as HTMLButtonElement;
  }

  /** What the live region last said. */
  announcement(): string {
    return this.text(this.root.querySelector('.base > [role="status"]'));
  }

  /** The base part, which carries `dir` and `lang`. */
  base(): HTMLElement {
    return this.part('base') as HTMLElement;
  }

  /** Text as a sighted user reads it: whitespace collapsed, no-break and narrow spaces as spaces. */
  text(el: Element | null): string {
    return (el?.textContent ?? '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  }
}
