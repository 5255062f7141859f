/**
 * Checks and normalizes {@link ClientOptions} once, at `createClient` time, so a misconfigured
 * widget fails loudly with a `TypeError` naming the option instead of failing every request.
 * The transport checks are shared with the admin SDK (`createAdminClient`), which differs only in
 * the kind of key it accepts (see {@link checkApiKey}).
 */
import type { ClientOptions, CustomerTokenSource, RetryOptions } from './types.js';

/** Options after checking, with defaults applied. */
export interface ResolvedOptions {
  /** The API root, ending in `/`. */
  baseUrl: URL;
  /** The key sent as `Authorization: Bearer <key>`: publishable for the widget, secret for the admin SDK. */
  apiKey: string;
  customerToken: CustomerTokenSource | undefined;
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  retryLimit: number;
  backoffMs: number;
  maxRetryAfterMs: number;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// setTimeout's ceiling: a longer timeout would fire at once.
const MAX_TIMEOUT_MS = 2_147_483_647;

const shown = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' && value !== null ? 'an object' : String(value);

function resolveBaseUrl(value: unknown): URL {
  if (typeof value !== 'string' && !(value instanceof URL)) {
    throw new TypeError(`baseUrl must be a URL string such as "https://api.example.com" (got ${shown(value)}).`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL such as "https://api.example.com" (got ${shown(String(value))}).`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new TypeError(
      `baseUrl must use https (plain http is allowed only for localhost, 127.0.0.1 and [::1]) (got ${shown(url.href)}).`,
    );
  }
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials.');
  if (url.search || url.hash) throw new TypeError(`baseUrl must not have a query or fragment (got ${shown(url.href)}).`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** What a key option accepts: the example in messages, the prefix it refuses and why. */
export interface KeyRule {
  example: string;
  refused: string;
  why: string;
}

/** The widget's key: publishable, never a secret one. */
export const PUBLISHABLE_KEY_RULE: KeyRule = {
  example: 'pk_live_…',
  refused: 'sk_',
  why: 'must be a publishable key (pk_…): a secret sk_ key must never reach a browser.',
};

/**
 * Checks the key of option `option` (`publishableKey`, `apiKey`): a non-empty string without
 * spaces or control characters, not starting with the prefix `rule` refuses. Throws a
 * `TypeError` naming the option.
 */
export function checkApiKey(option: string, value: unknown, rule: KeyRule): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${option} must be a non-empty string such as "${rule.example}" (got ${shown(value)}).`);
  }
  if (/[\s\p{Cc}]/u.test(value)) throw new TypeError(`${option} must not contain spaces or control characters.`);
  if (value.startsWith(rule.refused)) throw new TypeError(`${option} ${rule.why}`);
  return value;
}

/** The transport options both clients share: everything but the key. */
export type TransportOptions = Pick<ClientOptions, 'baseUrl' | 'customerToken' | 'fetch' | 'timeoutMs' | 'retry'>;

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`${name} must be an integer from ${min} to ${max} (got ${shown(value)}).`);
  }
  return value;
}

/** Checks every option of `createClient` and applies the defaults; throws a `TypeError` naming the first bad option. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`createClient options must be an object (got ${shown(options)}).`);
  }
  return resolveTransportOptions(options, checkApiKey('publishableKey', options.publishableKey, PUBLISHABLE_KEY_RULE));
}

/**
 * Checks the shared transport options (`baseUrl`, `customerToken`, `fetch`, `timeoutMs`, `retry`)
 * of an already checked `apiKey` and applies the defaults; throws a `TypeError` naming the first
 * bad option. `options` must be an object (the caller checks, to name its own function).
 */
export function resolveTransportOptions(options: TransportOptions, apiKey: string): ResolvedOptions {
  const { customerToken, fetch, retry } = options;
  if (customerToken !== undefined && typeof customerToken !== 'string' && typeof customerToken !== 'function') {
    throw new TypeError(`customerToken must be a string or a function returning one (got ${shown(customerToken)}).`);
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new TypeError(`fetch must be a function (got ${shown(fetch)}).`);
  }
  if (retry !== undefined && typeof retry !== 'number' && (typeof retry !== 'object' || retry === null)) {
    throw new TypeError(`retry must be a number or an object (got ${shown(retry)}).`);
  }
  const retryObject: RetryOptions = typeof retry === 'object' ? retry : { limit: retry };
  return {
    baseUrl: resolveBaseUrl(options.baseUrl),
    apiKey,
    customerToken,
    fetch,
    timeoutMs: integerOption('timeoutMs', options.timeoutMs, 10_000, 1, MAX_TIMEOUT_MS),
    retryLimit: integerOption(typeof retry === 'object' ? 'retry.limit' : 'retry', retryObject.limit, 2, 0, 10),
    backoffMs: integerOption('retry.backoffMs', retryObject.backoffMs, 300, 0, 60_000),
    maxRetryAfterMs: integerOption('retry.maxRetryAfterMs', retryObject.maxRetryAfterMs, 5_000, 0, 600_000),
  };
}
