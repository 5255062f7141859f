/** Chromium through playwright-core: the system Chromium, one browser context per page. */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, ElementHandle, Page as PlaywrightPage } from 'playwright-core';
import { launchChromium } from '../support.js';
import type { Locator } from './locator.js';
import { DriverPage, DEFAULT_TIMEOUT, type Browser, type Page, type PageOptions } from './page.js';

/** How long one Playwright action may wait for its own checks before the shared retry takes over. */
const ACTION_TIMEOUT = 2_000;

class PlaywrightDriverPage extends DriverPage<ElementHandle> {
  readonly engine = 'chromium' as const;
  private readonly problems: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: PlaywrightPage,
  ) {
    super();
    page.on('pageerror', (error) => this.problems.push(error.message));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async errors(): Promise<string[]> {
    return [...this.problems];
  }

  /** The `.ics` (or any file) behind a download link, as text. */
  readonly download = async (locator: Locator): Promise<string> => {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: DEFAULT_TIMEOUT }), this.click(locator)]);
    return readFile((await download.path())!, 'utf8');
  };

  async close(): Promise<void> {
    await this.context.close();
  }

  protected async elementOf(expression: string): Promise<ElementHandle | null> {
    const handle = await this.page.evaluateHandle(expression);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element as ElementHandle | null;
  }

  protected clickElement(element: ElementHandle): Promise<void> {
    return element.click({ timeout: ACTION_TIMEOUT });
  }

  protected fillElement(element: ElementHandle, value: string): Promise<void> {
    return element.fill(value, { timeout: ACTION_TIMEOUT });
  }

  protected async selectElement(element: ElementHandle, value: string): Promise<void> {
    await element.selectOption(value, { timeout: ACTION_TIMEOUT });
  }
}

export async function launchPlaywright(timeZone: string): Promise<Browser> {
  const browser = await launchChromium();
  return {
    engine: 'chromium',
    async newPage({ viewport = { width: 1024, height: 900 } }: PageOptions = {}): Promise<Page> {
      const context = await browser.newContext({ timezoneId: timeZone, locale: 'en-US', viewport, acceptDownloads: true });
      return new PlaywrightDriverPage(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}
