/**
 * The engines the end-to-end journeys run in, each through the driver that works for it:
 * Chromium with Playwright, Firefox ESR with puppeteer (WebDriver BiDi), WebKit with webdriverio
 * (classic WebDriver). APPTKIT_BROWSERS picks some of them, as for the component tests.
 */
import { selectedEngines } from '../../../scripts/browsers.mjs';
import type { Browser, Engine } from './page.js';
import { launchPlaywright } from './playwright.js';
import { launchPuppeteerFirefox } from './puppeteer.js';
import { launchWebDriverWebKit } from './webdriver.js';

export { locate, Locator } from './locator.js';
export type { Browser, Engine, Page, PageOptions } from './page.js';

/** The engines to run in: APPTKIT_BROWSERS, else all three. */
export function e2eEngines(): Engine[] {
  return selectedEngines();
}

/** Launches `engine`; every page of it lives in `timeZone` (an IANA zone). */
export function launchBrowser(engine: Engine, { timeZone }: { timeZone: string }): Promise<Browser> {
  switch (engine) {
    case 'chromium':
      return launchPlaywright(timeZone);
    case 'firefox':
      return launchPuppeteerFirefox(timeZone);
    case 'webkit':
      return launchWebDriverWebKit(timeZone);
  }
}
