/**
 * The one page interface the end-to-end journeys are written against, whatever the engine and
 * its driver (Playwright for Chromium, puppeteer's WebDriver BiDi for Firefox, classic WebDriver
 * for WebKit). Actions are real input through the driver (clicks, key presses); locators pierce
 * shadow roots ({@link Locator}). Every wait polls the page until it holds or times out.
 */
import { describeScript, firstElementScript, type Locator } from './locator.js';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export interface PageOptions {
  /** The viewport; default 1024 × 900 (WebKit: the window's outer size, as WebDriver sets it). */
  viewport?: { width: number; height: number };
}

export interface WaitOptions {
  /** `visible` (default), `attached` (in the page), `hidden` (absent or invisible) or `detached` (absent). */
  state?: 'visible' | 'attached' | 'hidden' | 'detached';
  timeout?: number;
}

export interface Page {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The address bar. */
  url(): Promise<string>;
  /** Clicks the first matching element once it is visible and enabled. */
  click(locator: Locator): Promise<void>;
  /** Types `value` into the first matching input (its text selected first, so it is replaced). */
  fill(locator: Locator, value: string): Promise<void>;
  /** Chooses the option of `value` in the first matching `<select>`. */
  select(locator: Locator, value: string): Promise<void>;
  waitFor(locator: Locator, options?: WaitOptions): Promise<void>;
  /** Waits until the first visible matching element's text contains `expected` (or matches it); returns that text. */
  waitForText(locator: Locator, expected: string | RegExp, options?: { timeout?: number }): Promise<string>;
  /** The whitespace-normalized texts of the matching elements (shadow text included). */
  texts(locator: Locator): Promise<string[]>;
  count(locator: Locator): Promise<number>;
  /** The value of a JavaScript expression in the page (JSON values only; promises are awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** The page's uncaught errors and unhandled rejections so far (see each driver for what it can see). */
  errors(): Promise<string[]>;
  /**
   * Clicks a download link and returns the file's text; only where the driver can take downloads
   * (Playwright), else `undefined`.
   */
  readonly download?: (locator: Locator) => Promise<string>;
  close(): Promise<void>;
}

/** One engine's browser: pages in fresh, separate sessions (no storage shared between them). */
export interface Browser {
  readonly engine: Engine;
  newPage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT = 15_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the base page needs of a driver: evaluating an expression, getting an element handle out
 * of one, and real input on a handle. Handles may go stale when the widget re-renders; actions
 * that fail are retried with a fresh handle until the timeout.
 */
export abstract class DriverPage<Handle> implements Page {
  abstract readonly engine: Engine;
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract url(): Promise<string>;
  abstract evaluate<T>(expression: string): Promise<T>;
  abstract errors(): Promise<string[]>;
  abstract close(): Promise<void>;
  /** The element an expression yields, or `null` when it yields none. */
  protected abstract elementOf(expression: string): Promise<Handle | null>;
  protected abstract clickElement(element: Handle): Promise<void>;
  protected abstract fillElement(element: Handle, value: string): Promise<void>;
  protected abstract selectElement(element: Handle, value: string): Promise<void>;

  /** Repeats `attempt` until it returns something other than `undefined`, or throws the last failure at the timeout. */
  protected async retry<T>(what: string, attempt: () => Promise<T | undefined>, timeout = DEFAULT_TIMEOUT): Promise<T> {
    // Elapsed time on the monotonic clock: the wall clock may be anything (see the README's faketime run).
    const deadline = performance.now() + timeout;
    let failure: unknown;
    for (;;) {
      try {
        const result = await attempt();
        if (result !== undefined) return result;
      } catch (error) {
        failure = error;
      }
      if (performance.now() > deadline) {
        const reason = failure instanceof Error ? `: ${failure.message.split('\n')[0]}` : '';
        throw new Error(`${this.engine}: timed out after ${timeout} ms ${what}${reason}`, { cause: failure });
      }
      await sleep(POLL_MS);
    }
  }

  /** Finds the first ready element of `locator` and acts on it, again with a fresh handle when the action fails. */
  private act(what: string, locator: Locator, action: (element: Handle) => Promise<void>): Promise<void> {
    return this.retry(`${what} ${locator}`, async () => {
      const element = await this.elementOf(firstElementScript(locator, true));
      if (element === null) return undefined;
      await action(element);
      return true;
    }).then(() => undefined);
  }

  click(locator: Locator): Promise<void> {
    return this.act('clicking', locator, (element) => this.clickElement(element));
  }

  fill(locator: Locator, value: string): Promise<void> {
    return this.act('filling', locator, (element) => this.fillElement(element, value));
  }

  select(locator: Locator, value: string): Promise<void> {
    return this.act(`selecting "${value}" in`, locator, (element) => this.selectElement(element, value));
  }

  private describe(locator: Locator): Promise<{ texts: string[]; visible: boolean[] }> {
    return this.evaluate(describeScript(locator));
  }

  waitFor(locator: Locator, { state = 'visible', timeout = DEFAULT_TIMEOUT }: WaitOptions = {}): Promise<void> {
    return this.retry(`waiting for ${locator} to be ${state}`, async () => {
      const { visible } = await this.describe(locator);
      const holds =
        state === 'attached' ? visible.length > 0 : state === 'detached' ? visible.length === 0 : state === 'visible' ? visible.some(Boolean) : !visible.some(Boolean);
      return holds ? true : undefined;
    }, timeout).then(() => undefined);
  }

  waitForText(locator: Locator, expected: string | RegExp, { timeout = DEFAULT_TIMEOUT } = {}): Promise<string> {
    let last = '(nothing)';
    return this.retry(
      `waiting for ${locator} to show ${String(expected)}`,
      async () => {
        const { texts, visible } = await this.describe(locator);
        const shown = texts.filter((_, i) => visible[i]);
        if (shown.length) last = shown.join(' | ');
        return shown.find((text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text)));
      },
      timeout,
    ).catch((error: Error) => {
      throw new Error(`${error.message} (it shows: ${last})`, { cause: error });
    });
  }

  async texts(locator: Locator): Promise<string[]> {
    return (await this.describe(locator)).texts;
  }

  async count(locator: Locator): Promise<number> {
    return (await this.describe(locator)).texts.length;
  }
}
