// Component tests run in the system Chromium (headless) through puppeteer-core: no browser download.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.mjs';

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page that is not in front gets no animation frames in headless Chromium.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
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
  browsers: [
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
  ],
};
