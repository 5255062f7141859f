/**
 * One HTTP exchange with the tenant's API on top of ky: auth headers, timeout, GET-only retries
 * honouring `Retry-After`, and the translation of every failure into the client's own errors.
 */
import ky, { isHTTPError, isTimeoutError as isKyTimeoutError, type KyInstance, type Options } from 'ky';
import type { Parser } from './contract.js';
import { NetworkError, ResponseValidationError, TimeoutError, type ResponseIssue } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { toApiError } from './problem.js';

/** Statuses worth retrying (for GETs only): request timeout, rate limiting, server errors. */
const RETRY_STATUSES: readonly number[] = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

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
  /** Checks the parsed body (`undefined` when empty) against the contract. */
  parse: Parser<T>;
}

/** Sends requests for one client configuration. */
export interface Transport {
  request<T>(request: TransportRequest<T>): Promise<T>;
}

function createKy(options: ResolvedOptions): KyInstance {
  const kyOptions: Options = {
    timeout: options.timeoutMs,
    throwHttpErrors: true,
    headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
    retry: {
      limit: options.retryLimit,
      methods: ['get'],
      statusCodes: [...RETRY_STATUSES],
      afterStatusCodes: [...RETRY_STATUSES],
      maxRetryAfter: options.maxRetryAfterMs,
      backoffLimit: options.maxRetryAfterMs,
      delay: (attempt) => options.backoffMs * 2 ** (attempt - 1),
      // An abort is the caller's decision, never a reason to try again.
      shouldRetry: ({ error }) => (error.name === 'AbortError' ? false : undefined),
    },
  };
  if (options.fetch) kyOptions.fetch = options.fetch;
  return ky.create(kyOptions);
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
  const http = createKy(options);

  /** Maps whatever ky or fetch threw to the error the caller should see. */
  async function translate(error: unknown, url: string, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return signal.reason;
    if (isHTTPError(error)) {
      try {
        return await toApiError(error.response);
      } catch (readError) {
        return signal?.aborted ? signal.reason : new NetworkError(url, readError);
      }
    }
    if (isKyTimeoutError(error)) return new TimeoutError(url, options.timeoutMs);
    return new NetworkError(url, error);
  }

  return {
    async request<T>({ method, path, search, json, headers, signal, parse }: TransportRequest<T>): Promise<T> {
      signal?.throwIfAborted();
      const url = new URL(path, options.baseUrl);
      for (const [key, value] of Object.entries(search ?? {})) {
        if (value !== undefined) url.searchParams.set(key, value);
      }
      const token = await customerTokenOf(options);
      const requestHeaders: Record<string, string> = { ...headers };
      if (token !== undefined) requestHeaders['apptkit-customer'] = token;

      let response: Response;
      let text: string;
      try {
        response = await http(url, {
          method,
          headers: requestHeaders,
          ...(json === undefined ? {} : { json }),
          ...(signal ? { signal } : {}),
        });
        text = await response.text();
      } catch (error) {
        throw await translate(error, url.href, signal);
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
