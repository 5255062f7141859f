/**
 * The demo host site: a plain page on its own origin that embeds the widget with one script tag,
 * served under a strict Content-Security-Policy (no inline script or style, connections only to
 * itself and the tenant API), as a site owner's page would be.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** Whether a response of this type shrinks when compressed (text, scripts, JSON). */
function compressible(type: string): boolean {
  return /^(text\/|application\/(javascript|json))/.test(type);
}

/** The best encoding the browser accepts: Brotli, else gzip, else none. */
function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (header ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

export interface HostSiteOptions {
  /** Interface to bind; loopback by default. */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** The tenant API's base URL that the embedded widget talks to. */
  apiUrl: string;
  /** The publishable key the page embeds. */
  publishableKey: string;
  /** Folder holding the CDN build (apptkit.js and its chunks). */
  cdnDir?: string;
  /**
   * The tenant's admin key, known only to this host site's backend: with it, `POST /demo/member-token`
   * mints a customer token for the site's demo member, as a CMS plugin would for its signed-in users.
   * Without it, that route answers 404 and only the widget's own sign-in remains.
   */
  adminKey?: string;
  /**
   * Test only: the clock (epoch ms) the pages live at instead of the machine's. Every HTML page
   * then loads `/test-clock.js` as its first script, which moves `Date.now()` and argument-less
   * `new Date()` / `Date()` to this clock (running on at real speed from the page's load), so
   * end-to-end tests in any browser see the test server's "now", whatever today's date.
   */
  pageClock?: () => number;
}

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const publicDir = join(here, 'public');
const defaultCdnDir = join(here, '..', '..', 'dist', 'cdn');
// The demo admin dashboard: its page and styles from demo/admin, its script from the rollup bundle.
const adminDir = join(here, '..', 'admin');
const adminBundleDir = join(here, '..', '..', 'dist', 'demo', 'admin');

/** The host site's demo member: the account its own "sign in" stands for. */
export const DEMO_MEMBER = { email: 'member@northstar.example', name: 'Demo Member' } as const;
/** Credits the demo member starts with, so paying with credits can be tried at once. */
const DEMO_MEMBER_CREDITS = 20;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The test clock's script tag, put first in `<head>` when the site has a {@link HostSiteOptions.pageClock}. */
const TEST_CLOCK_TAG = '<script src="/test-clock.js"></script>';

/**
 * The test clock's script, made per request: it shifts the page's `Date` by the distance from
 * the real clock to `nowMs`, the site's clock when the page asked for it. An external file
 * (not inline), so the strict Content-Security-Policy holds.
 */
function testClockScript(nowMs: number): string {
  return `// Test only: this page lives at the test server's clock, not the machine's.
(() => {
  const RealDate = Date;
  const offset = ${nowMs} - RealDate.now();
  const now = () => RealDate.now() + offset;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  Object.defineProperties(ShiftedDate, {
    prototype: { value: RealDate.prototype },
    now: { value: now, writable: true, configurable: true },
    parse: { value: RealDate.parse, writable: true, configurable: true },
    UTC: { value: RealDate.UTC, writable: true, configurable: true },
  });
  RealDate.prototype.constructor = ShiftedDate;
  globalThis.Date = ShiftedDate;
})();
`;
}

/** Escapes a value for an HTML attribute: the page template only ever puts values in attributes. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Resolves `relative` inside `root`, or `null` when it would escape it. */
function safeJoin(root: string, relative: string): string | null {
  const path = normalize(join(root, decodeURIComponent(relative)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/**
 * Strict: no inline script or style anywhere. Beyond the site itself and the tenant API, only
 * what Stripe.js (card checkout with Stripe) and Daily Prebuilt (calls) need. Trusted Types are
 * enforced: no string reaches an HTML or script sink, and the only policy the page may create is
 * Lit's `lit-html` (its templates). Card payments with live Stripe would also need a `default`
 * policy for js.stripe.com (README, "Content-Security-Policy and Trusted Types"); the test-mode
 * checkout needs none.
 */
function contentSecurityPolicy(apiUrl: string): string {
  const apiOrigin = new URL(apiUrl).origin;
  return [
    "default-src 'none'",
    "script-src 'self' https://js.stripe.com",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin} https://api.stripe.com`,
    'frame-src https://js.stripe.com https://hooks.stripe.com https://*.daily.co',
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

export async function startHostSite(options: HostSiteOptions): Promise<RunningSite> {
  const cdnDir = options.cdnDir ?? defaultCdnDir;
  const csp = contentSecurityPolicy(options.apiUrl);
  const values: Record<string, string> = { API_URL: options.apiUrl, PUBLISHABLE_KEY: options.publishableKey };

  /**
   * The host backend's side of "sign in with the site's account": mints a short-lived customer
   * token for the demo member with the admin key (the browser never sees that key), and tops up
   * an empty credits balance once so credits can be tried.
   */
  async function mintMemberToken(res: ServerResponse): Promise<void> {
    const admin = { authorization: `Bearer ${options.adminKey}`, 'content-type': 'application/json' };
    const minted = await fetch(`${options.apiUrl}/v1/admin/customer-tokens`, { method: 'POST', headers: admin, body: JSON.stringify(DEMO_MEMBER) });
    if (!minted.ok) throw new Error(`The tenant API refused the customer token: ${minted.status}`);
    const session = (await minted.json()) as { token: string; customerId: string; expiresAt: string };
    const me = await fetch(`${options.apiUrl}/v1/me`, {
      headers: { authorization: `Bearer ${options.publishableKey}`, 'apptkit-customer': session.token, origin: siteOrigin() },
    });
    const { credits } = (await me.json()) as { credits: number };
    if (credits === 0 && !toppedUp.has(session.customerId)) {
      toppedUp.add(session.customerId);
      await fetch(`${options.apiUrl}/v1/admin/customers/${encodeURIComponent(session.customerId)}/credits`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ amount: DEMO_MEMBER_CREDITS, reason: 'Demo member welcome credits' }),
      });
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
  }
  const toppedUp = new Set<string>();
  let siteOrigin = () => '';

  /**
   * Sends a file as a CDN should: compressed (Brotli or gzip, as the browser accepts; compressed
   * once per file and kept), and the content-hashed chunks cached for a year as immutable.
   */
  async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, template: boolean, immutable: boolean): Promise<void> {
    let body: string | Buffer = await readFile(path);
    if (template) {
      body = body.toString('utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeAttribute(values[name] ?? ''));
      if (options.pageClock && extname(path) === '.html') body = body.replace(/<head\b[^>]*>/i, (head) => `${head}\n    ${TEST_CLOCK_TAG}`);
    }
    const type = contentTypes[extname(path)] ?? 'application/octet-stream';
    const encoding = compressible(type) ? acceptedEncoding(req.headers['accept-encoding']) : undefined;
    const sent = encoding ? compressed(path, body, encoding, template) : body;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : sent);
  }

  const compressedFiles = new Map<string, Buffer>();
  /** `body` compressed with `encoding`; files that are not templates are compressed once. */
  function compressed(path: string, body: string | Buffer, encoding: 'br' | 'gzip', template: boolean): Buffer {
    const key = `${encoding}:${path}`;
    const known = template ? undefined : compressedFiles.get(key);
    if (known) return known;
    const packed = encoding === 'br' ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 });
    if (!template) compressedFiles.set(key, packed);
    return packed;
  }

  /** The folder, relative path and templating of a URL path; `null` for what the site never serves. */
  function locate(pathname: string): [root: string, relative: string, template: boolean] | null {
    if (pathname.startsWith('/apptkit/')) return [cdnDir, pathname.slice('/apptkit/'.length), false];
    if (pathname.startsWith('/admin/')) {
      const file = pathname === '/admin/' ? 'index.html' : pathname.slice('/admin/'.length);
      if (/^dashboard\.js(\.map)?$/.test(file)) return [adminBundleDir, file, false];
      if (/^[\w-]+\.(html|css)$/.test(file)) return [adminDir, file, file.endsWith('.html')];
      return null;
    }
    return [publicDir, pathname === '/' ? 'index.html' : pathname.slice(1), pathname === '/' || pathname.endsWith('.html')];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://host.invalid');
    if (pathname === '/demo/member-token' && options.adminKey) {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      await mintMemberToken(res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/test-clock.js' && options.pageClock) {
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : testClockScript(options.pageClock()));
      return;
    }
    if (pathname === '/admin') {
      res.writeHead(308, { Location: '/admin/' }).end();
      return;
    }
    const target = locate(pathname);
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const [root, relative, template] = target;
    const path = safeJoin(root, relative);
    if (!path) {
      res.writeHead(400).end();
      return;
    }
    try {
      // The CDN's chunks carry a content hash in their name: they never change, so they are cached for good.
      await sendFile(req, res, path, template, pathname.startsWith('/apptkit/chunks/'));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  siteOrigin = () => url;
  values.SITE_URL = url;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
