import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses a real key in any of the three engines. Firefox's WebDriver BiDi keyboard (through
 * puppeteer-core) knows no "Space" key name, so Space is sent as the character it types.
 */
export function pressKey(key: string): Promise<void> {
  return sendKeys({ press: key === 'Space' ? ' ' : key });
}
