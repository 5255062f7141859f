import { waitUntil } from '@open-wc/testing';
import { pressKey } from './keys.js';
import type { ApptPackages } from '../../../src/components/packages/packages.component.js';

/** What the user sees: skeletons, a list, the "no packages" text, or an error box. */
export type PackagesState = 'loading' | 'loaded' | 'empty' | 'error';

/** Drives `<appt-packages>` the way a user does: reads what is shown, clicks, types. */
export class PackagesHarness {
  constructor(readonly element: ApptPackages) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('appt-packages has no shadow root: is the tag defined?');
    return root;
  }

  /** The part named `name` (first match), or null. */
  part(name: string, scope: ParentNode = this.root): HTMLElement | null {
    return scope.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** The state currently on screen. */
  state(): PackagesState {
    if (this.part('error')) return 'error';
    if (this.part('empty')) return 'empty';
    if (this.part('skeleton')) return 'loading';
    if (this.part('list')) return 'loaded';
    return 'loading';
  }

  /** Waits until the element shows `state` (after a load, a retry, an attribute change). */
  async waitFor(state: PackagesState): Promise<void> {
    // Generous: the client retries a failing GET twice with backoff before the error shows.
    await waitUntil(() => this.state() === state, `appt-packages never showed "${state}" (shows "${this.state()}")`, {
      timeout: 5000,
    });
    await this.element.updateComplete;
  }

  /** The real package cards, top to bottom. */
  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="card"]:not([part~="skeleton"])')];
  }

  /** The number of skeleton cards on screen. */
  skeletonCount(): number {
    return this.root.querySelectorAll('[part~="skeleton"]').length;
  }

  /** Titles of the cards, top to bottom. */
  titles(): string[] {
    return this.cards().map((card) => this.text(this.part('title', card)));
  }

  /** The card whose title is `title`. */
  card(title: string): HTMLElement {
    const card = this.cards().find((c) => this.text(this.part('title', c)) === title);
    if (!card) throw new Error(`No card titled "${title}"; cards: ${this.titles().join(', ')}`);
    return card;
  }

  /** The visible text of a part of the card titled `title`, or null when the part is absent. */
  cardPart(title: string, part: string): string | null {
    const el = this.part(part, this.card(title));
    return el ? this.text(el) : null;
  }

  /** The value shown in the card's details next to `label` (e.g. "Duration"). */
  detail(title: string, label: string): string {
    const meta = this.part('meta', this.card(title));
    const term = [...(meta?.querySelectorAll('dt') ?? [])].find((dt) => this.text(dt) === label);
    if (!term) throw new Error(`Card "${title}" has no "${label}" detail`);
    return this.text(term.nextElementSibling);
  }

  /** The card's choose button. */
  chooseButton(title: string): HTMLButtonElement {
    return this.part('select-button', this.card(title)) as HTMLButtonElement;
  }

  /** Clicks the card's choose button. */
  chooseByClick(title: string): void {
    this.chooseButton(title).click();
  }

  /** Focuses the card's choose button and presses a real key on it. */
  async chooseByKey(title: string, key: 'Enter' | 'Space'): Promise<void> {
    this.chooseButton(title).focus();
    await pressKey(key);
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

  /** Text as a sighted user reads it: whitespace collapsed, no-break spaces as spaces. */
  text(el: Element | null): string {
    return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}
