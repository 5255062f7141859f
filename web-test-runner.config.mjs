// Component tests run in Chromium, Firefox and WebKit, all from Debian packages (no browser
// download): Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), WebKit's
// MiniBrowser through WebKitWebDriver. `npm run test:components` (scripts/wtr.mjs) starts what
// WebKit needs; APPTKIT_BROWSERS picks engines.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.mjs';
import { firefoxExecutable, selectedEngines, tolerateOrientationOverride, webkitCapabilities } from './scripts/browsers.mjs';
import { reactEsm } from './scripts/react-esm.mjs';

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumExecutable,
        headless: true,
        args: [
          ...chromiumArgs,
          // Timers at full speed even for a page that is not in front.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxExecutable,
        headless: true,
        extraPrefsFirefox: { 'dom.min_background_timeout_value': 0, 'dom.timeout.enable_budget_timer_throttling': false },
      },
      createPage: async ({ browser }) => tolerateOrientationOverride(await browser.newPage()),
    }),
  webkit: () => {
    const port = Number(process.env.WEBKIT_DRIVER_PORT);
    if (!port) throw new Error('WebKit needs WebKitWebDriver: run the component tests through `npm run test:components`.');
    return webdriverLauncher({ automationProtocol: 'webdriver', hostname: '127.0.0.1', port, logLevel: 'error', capabilities: webkitCapabilities });
  },
};

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page that is not in front gets no animation frames in headless Chromium.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // React is CommonJS only: served as ES modules for the apptkit/react test.
    reactEsm({ rootDir: fileURLToPath(new URL('.', import.meta.url)) }),
  ],
  middleware: [
    // msw's service worker must be served from the root so that its scope covers every test page.
    async function serveMswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = await readFile(mswWorker, 'utf8');
        return;
      }
      return next();
    },
  ],
  browsers: selectedEngines().map((engine) => launchers[engine]()),
};
