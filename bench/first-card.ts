/**
 * First card: how long the demo host page takes to paint the first package card of
 * `<appt-packages>` (script tag, lazy chunks, API round trips), side by side with a static page
 * that carries the same cards in its HTML (the widget's own rendered shadow DOM as declarative
 * shadow DOM, with its styles). Chromium through playwright-core, a fresh context (cold cache, new
 * connections) per run, unthrottled and under 4× CPU throttling. Prints medians and the ratio;
 * asserts nothing about time.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { startServer } from '../demo/server/server.js';
import { startHostSite } from '../demo/host/server.js';
import { freePort } from '../test/e2e/support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ADMIN_KEY = 'sk_test_bench_admin';
const PUBLISHABLE_KEY = 'pk_test_demo';

/** The moment (ms from navigation start) of the first animation frame with a package card. */
async function firstCardAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('appt-packages')?.shadowRoot?.querySelector('[part~="card"]') ? performance.now() : false),
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The widget's cards as a static page: its shadow DOM and styles, declaratively, in the same page. */
async function staticPageOf(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  await firstCardAt(page);
  await page.waitForFunction(() => !document.querySelector('appt-packages')?.shadowRoot?.querySelector('[aria-busy="true"]'));
  const { head, shadow, styles } = await page.evaluate(() => {
    const element = document.querySelector('appt-packages')!;
    const root = element.shadowRoot!;
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return { head: document.head.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="(modulepreload|preconnect)"[^>]*>/g, ''), shadow: root.innerHTML, styles: css };
  });
  await page.close();
  const body = await (await fetch(url)).text();
  const widget = /<appt-packages[\s\S]*?<\/appt-packages>/.exec(body)?.[0] ?? '<appt-packages></appt-packages>';
  const withCards = widget.replace('</appt-packages>', `<template shadowrootmode="open"><style>${styles}</style>${shadow}</template></appt-packages>`);
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body.slice(body.indexOf('<body>') + 6).replace(/<appt-packages[\s\S]*?<\/appt-packages>/, withCards)}`;
}

async function measure(browser: Browser, url: string, throttle: number, staticHtml?: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  if (staticHtml) await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: staticHtml }));
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'commit' });
  const at = await firstCardAt(page);
  await context.close();
  return at;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const sitePort = await freePort();
const siteOrigin = `http://127.0.0.1:${sitePort}`;
const api = await startServer({ port: 0, dataDir: 'memory', adminKey: ADMIN_KEY, publishableKey: PUBLISHABLE_KEY, allowedOrigins: [siteOrigin], adminOrigins: [siteOrigin], rateLimit: false });
const site = await startHostSite({ port: sitePort, apiUrl: api.url, publishableKey: PUBLISHABLE_KEY, adminKey: ADMIN_KEY });
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: [...chromiumArgs] });
try {
  const widgetUrl = `${site.url}/`;
  const staticHtml = await staticPageOf(browser, widgetUrl);
  const staticUrl = `${site.url}/static-cards.html`;
  for (const throttle of [1, 4]) {
    const widget: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await measure(browser, staticUrl, throttle, staticHtml));
      widget.push(await measure(browser, widgetUrl, throttle));
    }
    const [w, s] = [median(widget), median(plain)];
    console.log(
      `first card${throttle > 1 ? `, ${throttle}× CPU throttling` : ', unthrottled'}: widget ${w.toFixed(0)} ms, static page ${s.toFixed(0)} ms — ${(w / s).toFixed(2)}× (median of ${RUNS}; target ≤ 1.5×)`,
    );
  }
} finally {
  await browser.close();
  await Promise.allSettled([site.close(), api.close()]);
}
