import { waitUntil } from '@open-wc/testing';
import type { ApptCall } from '../../../src/components/call/call.component.js';

/** What the launcher shows. */
export type CallView = 'idle' | 'too-early' | 'joining' | 'in-call' | 'ended' | 'ejected' | 'error';

/** Drives `<appt-call>` the way a user does, and moves its clock the way time would. */
export class CallHarness {
  constructor(readonly element: ApptCall) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('appt-call has no shadow root: is the tag defined?');
    return root;
  }

  /** The part named `name` (first match), or null. */
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Every element with part `name`. */
  parts(name: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }

  /** The view on screen. */
  view(): CallView {
    return (this.part('base')?.dataset.view ?? 'idle') as CallView;
  }

  /** Waits until the launcher shows `view` with its texts. */
  async waitFor(view: CallView): Promise<void> {
    await waitUntil(() => this.view() === view && this.text(this.part('base')) !== '', `appt-call never showed "${view}" (shows "${this.view()}")`, {
      timeout: 5000,
    });
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds, then for the element's render. */
  async until(predicate: () => boolean, message: string): Promise<void> {
    await waitUntil(predicate, message, { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** The Join (or Join again) button. */
  joinButton(): HTMLButtonElement {
    const button = this.part('join-button');
    if (!button) throw new Error(`no join button in "${this.view()}"`);
    return button as HTMLButtonElement;
  }

  /** Presses Join. */
  clickJoin(): void {
    this.joinButton().click();
  }

  /** Presses Leave. */
  async leave(): Promise<void> {
    (this.part('leave-button') as HTMLButtonElement).click();
    await this.element.updateComplete;
  }

  /** Presses the expert's End button. */
  end(): void {
    (this.part('end-button') as HTMLButtonElement).click();
  }

  /** The countdown as shown. */
  countdown(): string {
    return this.text(this.part('countdown'));
  }

  /** The texts of the banners (connection, camera, microphone). */
  banners(): string[] {
    return this.parts('banner').map((banner) => this.text(banner));
  }

  /** What the live region last said. */
  announcement(): string {
    return this.text(this.root.querySelector('[role="status"]'));
  }

  /** The tab becomes visible again (after sleeping, or coming to the front). */
  async wake(): Promise<void> {
    document.dispatchEvent(new Event('visibilitychange'));
    await this.element.updateComplete;
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
