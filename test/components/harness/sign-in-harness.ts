import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ApptSignIn } from '../../../src/components/sign-in/sign-in.component.js';

/** What the sign-in element shows: the e-mail step, the code step, the signed-in box, the check of a session, or a set-up / check error. */
export type SignInState = 'email' | 'code' | 'signed-in' | 'checking' | 'error';

/** Drives `<appt-sign-in>` the way a user does: types into labelled fields, presses buttons and keys. */
export class SignInHarness {
  constructor(readonly element: ApptSignIn) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('appt-sign-in has no shadow root: is the tag defined?');
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

  /** The state on screen. */
  state(): SignInState {
    if (this.part('code-input')) return 'code';
    if (this.part('email-input')) return 'email';
    if (this.part('signed-in')) return 'signed-in';
    if (this.part('skeleton')) return 'checking';
    return 'error';
  }

  /** Waits until the element shows `state` with its texts. */
  async waitFor(state: SignInState): Promise<void> {
    await waitUntil(() => this.state() === state && this.text(this.part('base')) !== '', `appt-sign-in never showed "${state}" (shows "${this.state()}")`, {
      timeout: 5000,
    });
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds, then for the element's render. */
  async until(predicate: () => boolean, message: string): Promise<void> {
    await waitUntil(predicate, message, { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** The input whose label reads `label` (found through the label's `for`, as assistive technology does). */
  field(label: string): HTMLInputElement {
    const labels = [...this.root.querySelectorAll('label')];
    const found = labels.find((l) => this.text(l) === label);
    if (!found) throw new Error(`No field labelled "${label}"; labels: ${labels.map((l) => this.text(l)).join(', ')}`);
    const input = this.root.getElementById(found.htmlFor);
    if (!(input instanceof HTMLInputElement)) throw new Error(`The label "${label}" is not tied to an input`);
    return input;
  }

  /** Types `value` into the field labelled `label`, replacing what was there (like select-all + typing). */
  async fill(label: string, value: string): Promise<void> {
    const input = this.field(label);
    input.focus();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (value) await sendKeys({ type: value });
    await this.element.updateComplete;
  }

  /** Presses a real key on whatever has focus, then waits for the render. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }

  /** The message tied to the field labelled `label` through `aria-describedby` and shown as its error, or ''. */
  fieldError(label: string): string {
    const input = this.field(label);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const error = ids.map((id) => this.root.getElementById(id)).find((el) => el?.getAttribute('part')?.includes('field-error'));
    return this.text(error ?? null);
  }

  /** The button whose visible text is `label`. */
  button(label: string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll('button')];
    const found = buttons.find((b) => this.text(b) === label);
    if (!found) throw new Error(`No button "${label}"; buttons: ${buttons.map((b) => this.text(b)).join(', ')}`);
    return found;
  }

  /** Clicks the button labelled `label`. */
  async click(label: string): Promise<void> {
    this.button(label).click();
    await this.element.updateComplete;
  }

  /** The element that has focus inside the shadow root. */
  focused(): Element | null {
    return this.root.activeElement;
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
    return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  }
}
