/**
 * The three engines the widget is tested in, all from Debian packages: Chromium (see
 * chromium.mjs), Firefox ESR driven through puppeteer-core's WebDriver BiDi, and WebKitGTK's
 * MiniBrowser driven through WebKitWebDriver (WebDriver classic) on an X display (Xvfb when none
 * is set). APPTKIT_BROWSERS picks some of them (`chromium,firefox,webkit`; default all three).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const firefoxExecutable = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const miniBrowserExecutable = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const webkitDriverExecutable = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The engines to test in: APPTKIT_BROWSERS, else all three. */
export function selectedEngines() {
  const asked = (process.env.APPTKIT_BROWSERS ?? ENGINES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new Error(`APPTKIT_BROWSERS: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  return asked;
}

/** WebDriver capabilities of MiniBrowser under WebKitWebDriver. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowserExecutable, args: ['--automation'] },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, what, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not listen on port ${port}`);
}

/**
 * Starts what WebKit needs: an X display (Xvfb on a free display number when DISPLAY is unset) and
 * WebKitWebDriver on a free port. Returns the driver's port and a stop function. `env` adds to the
 * environment of the driver and so of the browsers it starts (e.g. `TZ` for their time zone).
 */
export async function startWebKitDriver({ env: extraEnv = {} } = {}) {
  for (const file of [webkitDriverExecutable, miniBrowserExecutable]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's webkit2gtk-driver (and xvfb).`);
  }
  const children = [];
  const env = { ...process.env, ...extraEnv };
  if (!env.DISPLAY) {
    const display = `:${90 + Math.floor(Math.random() * 900)}`;
    const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(xvfb);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (xvfb.exitCode !== null) throw new Error(`Xvfb could not start on display ${display}`);
    env.DISPLAY = display;
  }
  const port = await freePort();
  const driver = spawn(webkitDriverExecutable, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  children.push(driver);
  await waitForPort(port, 'WebKitWebDriver', driver);
  return {
    port,
    display: env.DISPLAY,
    stop() {
      for (const child of children.reverse()) child.kill('SIGTERM');
    },
  };
}

/**
 * Firefox ESR 140.12 answers puppeteer's `emulation.setScreenOrientationOverride` (sent alongside
 * `browsingContext.setViewport` by `page.setViewport`) with "unknown command", although the
 * viewport itself is set. This makes that one refusal harmless on `page`; any other error still
 * throws. Returns the page.
 */
export function tolerateOrientationOverride(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
    }
  };
  return page;
}
