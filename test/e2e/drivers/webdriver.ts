/**
 * WebKit (WebKitGTK's MiniBrowser) through classic WebDriver with webdriverio: WebKitWebDriver on
 * an X display (Xvfb), one WebDriver session (a fresh browser, separate storage) per page.
 *
 * Classic WebDriver has no event stream and no preload script: page errors are caught by a
 * listener this driver adds once each page has loaded (errors while loading go unseen), kept
 * across the navigations of the page.
 */
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitCapabilities } from '../../../scripts/browsers.mjs';
import { DriverPage, type Browser, type Page, type PageOptions } from './page.js';

/** WebDriver's key of an element reference in JSON. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

type Session = Awaited<ReturnType<typeof remote>>;

/** The listener collecting a loaded page's errors, and the expression reading them. */
const LISTEN_FOR_ERRORS = `(() => {
  if (!window.__apptkitE2eErrors) {
    const seen = (window.__apptkitE2eErrors = []);
    addEventListener('error', (event) => seen.push(event.message || String(event.error)));
    addEventListener('unhandledrejection', (event) => seen.push(String(event.reason && event.reason.message || event.reason)));
  }
  return true;
})()`;
const READ_ERRORS = '(window.__apptkitE2eErrors || [])';

class WebDriverPage extends DriverPage<string> {
  readonly engine = 'webkit' as const;
  /** Errors of the documents this page has left. */
  private readonly earlier: string[] = [];

  constructor(private readonly session: Session) {
    super();
  }

  /** Keeps the errors of the document about to be left. */
  private async leave(): Promise<void> {
    this.earlier.push(...(await this.evaluate<string[]>(READ_ERRORS).catch(() => [])));
  }

  private async loaded(): Promise<void> {
    await this.evaluate(LISTEN_FOR_ERRORS);
  }

  async goto(url: string): Promise<void> {
    await this.leave();
    await this.session.navigateTo(url);
    await this.loaded();
  }

  async reload(): Promise<void> {
    await this.leave();
    await this.session.refresh();
    await this.loaded();
  }

  url(): Promise<string> {
    return this.session.getUrl();
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.session.executeScript(`return (${expression});`, []) as Promise<T>;
  }

  async errors(): Promise<string[]> {
    return [...this.earlier, ...(await this.evaluate<string[]>(READ_ERRORS))];
  }

  async close(): Promise<void> {
    await this.session.deleteSession();
  }

  protected async elementOf(expression: string): Promise<string | null> {
    const found = (await this.evaluate<Record<string, string> | null>(expression)) ?? null;
    return found ? found[ELEMENT_KEY]! : null;
  }

  protected async clickElement(element: string): Promise<void> {
    await this.session.elementClick(element);
  }

  protected async fillElement(element: string, value: string): Promise<void> {
    await this.session.elementClear(element);
    if (value !== '') await this.session.elementSendKeys(element, value);
  }

  /** Clicks the option, as a user picks it from the list. */
  protected async selectElement(element: string, value: string): Promise<void> {
    const option = (await this.session.executeScript(
      'return [...arguments[0].options].find((option) => option.value === arguments[1]) || null;',
      [{ [ELEMENT_KEY]: element }, value],
    )) as Record<string, string> | null;
    if (!option) throw new Error(`no option "${value}"`);
    await this.session.elementClick(option[ELEMENT_KEY]!);
  }
}

export async function launchWebDriverWebKit(timeZone: string): Promise<Browser> {
  const driver = await startWebKitDriver({ env: { TZ: timeZone } });
  const sessions = new Set<Session>();
  return {
    engine: 'webkit',
    async newPage({ viewport = { width: 1024, height: 900 } }: PageOptions = {}): Promise<Page> {
      const session = await remote({ hostname: '127.0.0.1', port: driver.port, capabilities: webkitCapabilities, logLevel: 'error' });
      sessions.add(session);
      await session.setWindowRect(null, null, viewport.width, viewport.height);
      const page = new WebDriverPage(session);
      const close = page.close.bind(page);
      page.close = async () => {
        sessions.delete(session);
        await close();
      };
      return page;
    },
    async close() {
      try {
        await Promise.allSettled([...sessions].map((session) => session.deleteSession()));
      } finally {
        driver.stop();
      }
    },
  };
}
