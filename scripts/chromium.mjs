/**
 * How every tool here launches the system Chromium (Debian's /usr/bin/chromium, or CHROME_PATH):
 * headless, and with the background services off, since this machine has no network beyond
 * the package registries. Used by web-test-runner, the end-to-end tests and the screenshots.
 */
export const chromiumExecutable = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
