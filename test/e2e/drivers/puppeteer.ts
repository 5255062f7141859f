/** Firefox ESR through puppeteer-core's WebDriver BiDi: one browser context (separate storage) per page. */
import puppeteer, { type Browser as PuppeteerBrowser, type BrowserContext, type ElementHandle, type Page as PuppeteerPage } from 'puppeteer-core';
import { firefoxExecutable, tolerateOrientationOverride } from '../../../scripts/browsers.mjs';
import { DriverPage, type Browser, type Page, type PageOptions } from './page.js';

class PuppeteerDriverPage extends DriverPage<ElementHandle> {
  readonly engine = 'firefox' as const;
  private readonly problems: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: PuppeteerPage,
  ) {
    super();
    page.on('pageerror', (error) => this.problems.push(error instanceof Error ? error.message : String(error)));
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

  async close(): Promise<void> {
    await this.context.close();
  }

  protected async elementOf(expression: string): Promise<ElementHandle | null> {
    const handle = await this.page.evaluateHandle(expression);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element as ElementHandle | null;
  }

  protected async clickElement(element: ElementHandle): Promise<void> {
    await element.click();
  }

  /** Selects what the input holds (so typing replaces it), then types key by key. */
  protected async fillElement(element: ElementHandle, value: string): Promise<void> {
    await element.click();
    await element.evaluate((input) => (input as HTMLInputElement).select());
    if (value === '') await element.press('Backspace');
    else await element.type(value);
  }

  protected async selectElement(element: ElementHandle, value: string): Promise<void> {
    const chosen = await element.select(value);
    if (!chosen.includes(value)) throw new Error(`no option "${value}"`);
  }
}

export async function launchPuppeteerFirefox(timeZone: string): Promise<Browser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable,
    headless: true,
    // The zone comes from TZ: Firefox ESR 140 has no BiDi emulation.setTimezoneOverride.
    env: { ...process.env, TZ: timeZone },
    // Timers at full speed in every tab, as in the component tests.
    extraPrefsFirefox: { 'dom.min_background_timeout_value': 0, 'dom.timeout.enable_budget_timer_throttling': false },
  });
  return {
    engine: 'firefox',
    async newPage({ viewport = { width: 1024, height: 900 } }: PageOptions = {}): Promise<Page> {
      const context = await browser.createBrowserContext();
      const page = tolerateOrientationOverride(await context.newPage());
      await page.setViewport(viewport);
      return new PuppeteerDriverPage(context, page);
    },
    close: () => browser.close(),
  };
}
