/**
 * One HTTP exchange with the tenant's API on `fetch`: auth headers, a timeout per attempt,
 * GET-only retries with exponential backoff that honour `Retry-After`, and the translation of
 * every failure into the client's own errors.
 *
 * Shaped like ky (one immutable instance, ky-style error classes with cross-realm guards), but
 * not built on it: ky 1.x alone took a quarter of the widget's 20 KB first-load budget for
 * features this client does not use. What it needs is the ~100 lines below.
 */
import type { Parser } from './contract.js';
import { NetworkError, ResponseValidationError, TimeoutError, type ResponseIssue } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { retryAfterMs, toApiError } from './problem.js';

/** Statuses worth retrying (for GETs only): request timeout, rate limiting, server errors. */
const isRetryStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** What one call sends and how its answer is read. */
export interface TransportRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the API root, without a leading slash, e.g. `v1/experts`. */
  path: string;
  /** Query parameters; `undefined` values are left out. */
  search?: Record<string, string | undefined>;
  /** A JSON body. */
  json?: unknown;
  /** Extra headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /**
   * Whether to send the customer token (default true). False when the request carries another
   * identity (a guest's join token, an expert's token): one request, one person.
   */
  asCustomer?: boolean;
  /** Checks the parsed body (`undefined` when empty) against the contract. */
  parse: Parser<T>;
}

/** Sends requests for one client configuration. */
export interface Transport {
  request<T>(request: TransportRequest<T>): Promise<T>;
}

/** Why one attempt failed: an answer with an error status, or no answer at all. */
type AttemptFailure = { response: Response } | { error: Error };

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts: an abort is the caller's
 * decision, never something to wait out.
 */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const done = () => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const aborted = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A signal aborted when either signal is: `AbortSignal.any` where the browser has it (Safari 17.4+,
 * Firefox 124+, Chromium 116+), else a controller that follows both, for older supported Safaris.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([first, second]);
  const controller = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

async function customerTokenOf(options: ResolvedOptions): Promise<string | undefined> {
  const source = options.customerToken;
  const token = typeof source === 'function' ? await source() : source;
  if (token === undefined || token === '') return undefined;
  if (typeof token !== 'string') {
    throw new TypeError(`customerToken must give a string or undefined (got ${typeof token}).`);
  }
  return token;
}

/** Creates the transport of one client. */
export function createTransport(options: ResolvedOptions): Transport {
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  /** One attempt, bounded by `timeoutMs`; resolves with the answer or the reason there was none. */
  async function attempt(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<Response | AttemptFailure> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    const combined = signal ? eitherSignal(signal, timeout.signal) : timeout.signal;
    try {
      const response = await fetchImpl(url, { ...init, signal: combined });
      return response.ok ? response : { response };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new TimeoutError(url.href, options.timeoutMs);
      return { error: new NetworkError(url.href, error) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends, retrying a GET on a retryable status or a network failure; throws the last failure. */
  async function send(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
    const retries = init.method === 'GET' ? options.retryLimit : 0;
    for (let attemptNumber = 0; ; attemptNumber++) {
      const outcome = await attempt(url, init, signal);
      if (outcome instanceof Response) return outcome;
      const retryable = 'error' in outcome || isRetryStatus(outcome.response.status);
      if (!retryable || attemptNumber >= retries) {
        if ('error' in outcome) throw outcome.error;
        throw await toApiError(outcome.response).catch((readError: unknown) => {
          throw signal?.aborted ? signal.reason : new NetworkError(url.href, readError);
        });
      }
      const asked = 'response' in outcome ? retryAfterMs(outcome.response) : undefined;
      // Free the connection; not awaited, since some fetch implementations settle it late.
      if ('response' in outcome) void outcome.response.body?.cancel().catch(() => undefined);
      const backoff = options.backoffMs * 2 ** attemptNumber;
      await wait(Math.min(asked ?? backoff, options.maxRetryAfterMs), signal);
    }
  }

  return {
    async request<T>({ method, path, search, json, headers, signal, asCustomer = true, parse }: TransportRequest<T>): Promise<T> {
      signal?.throwIfAborted();
      const url = new URL(path, options.baseUrl);
      for (const [key, value] of Object.entries(search ?? {})) {
        if (value !== undefined) url.searchParams.set(key, value);
      }
      const token = asCustomer ? await customerTokenOf(options) : undefined;
      const requestHeaders: Record<string, string> = {
        authorization: `Bearer ${options.apiKey}`,
        accept: 'application/json',
        ...headers,
      };
      if (token !== undefined) requestHeaders['apptkit-customer'] = token;
      if (json !== undefined) requestHeaders['content-type'] = 'application/json';

      const init: RequestInit = { method, headers: requestHeaders };
      if (json !== undefined) init.body = JSON.stringify(json);
      const response = await send(url, init, signal);
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw signal?.aborted ? signal.reason : new NetworkError(url.href, error);
      }

      const requestId = response.headers.get('request-id') ?? undefined;
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        throw new ResponseValidationError(url.href, [{ path: '$', message: 'the body is not valid JSON.' }], requestId);
      }
      const issues: ResponseIssue[] = [];
      const value = parse(body, '$', issues);
      if (value === undefined || issues.length > 0) throw new ResponseValidationError(url.href, issues, requestId);
      return value;
    },
  };
}
