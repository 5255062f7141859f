/**
 * Checks and normalizes the transport options once, when a client is created, so a misconfigured
 * client fails loudly with a `TypeError` naming the option instead of failing every request.
 * Shared by the widget's client (`createClient`) and the admin SDK (`createAdminClient`), which
 * differ only in the kind of key they accept (see {@link checkApiKey}).
 */

/** The signed-in customer's token: a fixed string, or a function asked before every request. */
export type CustomerTokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** How GET requests are retried on 408, 429 and 5xx answers and on network failures. */
export interface RetryOptions {
  /** Retries after the first attempt, integer 0–10. Default 2. */
  limit?: number;
  /** Base delay of the exponential backoff in milliseconds: base, 2×base, 4×base… Default 300. */
  backoffMs?: number;
  /** The longest a `Retry-After` answer (seconds or HTTP date) or a backoff step may make us wait. Default 5000. */
  maxRetryAfterMs?: number;
}

/** The transport options both clients share: everything but the key. */
export interface TransportOptions {
  /** The tenant's API root, without `/v1`; https, except on loopback hosts. */
  baseUrl: string | URL;
  /** The signed-in customer's token, sent as `Apptkit-Customer` when present. */
  customerToken?: CustomerTokenSource | undefined;
  /** A `fetch` to use instead of `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Time allowed for each attempt to get an answer, in milliseconds. Default 10000. */
  timeoutMs?: number | undefined;
  /** Retry policy of GET requests: a limit, or finer options. Non-GET requests are never retried. */
  retry?: number | RetryOptions | undefined;
}

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

/** Shows a refused option value in a message: strings quoted, objects unnamed. */
export const shown = (value: unknown): string =>
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

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`${name} must be an integer from ${min} to ${max} (got ${shown(value)}).`);
  }
  return value;
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
