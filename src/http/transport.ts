/**
 * One HTTP exchange with the tenant's API, on one ky instance per client: the key and the customer
 * token added before each attempt, a timeout per attempt, GET-only retries with exponential
 * backoff that honour `Retry-After`, and every failure translated into this module's errors.
 * The widget's client and the admin SDK both send through it.
 */
import ky, { isHTTPError, isTimeoutError, type Input, type Options } from 'ky';
import { NetworkError, TimeoutError, type ResponseIssue } from './errors.js';
import type { ResolvedOptions } from './options.js';

/** Reads one value found at `path` of an answer, recording problems in `issues`. */
export type Parser<T> = (json: unknown, path: string, issues: ResponseIssue[]) => T | undefined;

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
  /**
   * Checks the parsed body (`undefined` when empty) against the contract; or the promise of that
   * check, still loading while the request is on the way (a failed load is a lost connection).
   */
  parse: Parser<T> | PromiseLike<Parser<T>>;
}

/** Sends requests for one client configuration. */
export interface Transport {
  request<T>(request: TransportRequest<T>): Promise<T>;
}

/** Statuses a GET is retried on: request timeout, rate limiting and every server error. */
const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * A signal aborted as soon as either one is, for engines without `AbortSignal.any` (Safari before
 * 17.4), where ky cannot take the caller's signal itself.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  const controller = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/**
 * ky's `fetch`: the `fetch` option, else the global one looked up per call (so a later mock or
 * polyfill counts), called as a plain function: ky calls its `fetch` as a method of its options,
 * which a `fetch` bound to `window` refuses. A failure without an abort behind it (ky's timeout or
 * the caller's signal) becomes a {@link NetworkError}, which a GET retries. `follow` is the
 * caller's signal where ky could not take it.
 */
function fetcher(custom: typeof fetch | undefined, follow?: AbortSignal): NonNullable<Options['fetch']> {
  return async (input: Input, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = follow ? eitherSignal(request.signal, follow) : request.signal;
    try {
      return await (custom ?? fetch)(request, follow ? { ...init, signal } : init);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new NetworkError(request.url, error);
    }
  };
}

/** The customer token the token source gives now, if any; a `TypeError` when it gives a non-string. */
async function customerTokenOf(options: ResolvedOptions): Promise<string | undefined> {
  const source = options.customerToken;
  const token = typeof source === 'function' ? await source() : source;
  if (typeof token !== 'string' && token !== undefined) {
    throw new TypeError(`customerToken must give a string or undefined (got ${typeof token}).`);
  }
  return token || undefined;
}

/** Creates the transport of one client: one ky instance with the client's options. */
export function createTransport(options: ResolvedOptions): Transport {
  const { timeoutMs, maxRetryAfterMs, backoffMs } = options;
  const api = ky.create({
    prefixUrl: options.baseUrl,
    timeout: timeoutMs,
    fetch: fetcher(options.fetch),
    retry: {
      limit: options.retryLimit,
      methods: ['get'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: maxRetryAfterMs,
      delay: (attempt) => backoffMs * 2 ** (attempt - 1),
      // Answers by status (above), network failures always; a timeout, an abort or a failing token source never.
      shouldRetry: ({ error }) => (isHTTPError(error) ? undefined : error instanceof NetworkError),
    },
    hooks: {
      beforeRequest: [
        async (request, { context }) => {
          request.headers.set('authorization', `Bearer ${options.apiKey}`);
          request.headers.set('accept', 'application/json');
          const token = context.asCustomer === false ? undefined : await customerTokenOf(options);
          if (token !== undefined) request.headers.set('apptkit-customer', token);
        },
      ],
    },
  });

  return {
    async request<T>({ method, path, search, json, headers, signal, asCustomer = true, parse }: TransportRequest<T>): Promise<T> {
      signal?.throwIfAborted();
      // Settles either way now, so that a failed load is not left unhandled when the request fails first.
      const reader = Promise.resolve(parse).then(
        (read) => ({ read }),
        (loadError: unknown) => ({ loadError }),
      );
      let url = '';
      /**
       * A failure to read an answer (or to load the code that reads it): the caller's abort reason
       * untouched, else a lost connection.
       */
      const lost = (error: unknown) => (signal?.aborted ? signal.reason : new NetworkError(url, error));
      const kyOptions: Options = {
        method,
        searchParams: Object.fromEntries(Object.entries(search ?? {}).filter(([, value]) => value !== undefined)),
        json,
        headers: headers ?? {},
        context: { asCustomer },
        hooks: { beforeRequest: [(request) => void (url = request.url)] },
      };
      // ky combines the caller's signal with its own by AbortSignal.any, which Safari before 17.4
      // lacks: there, each attempt follows the caller's signal itself.
      if (signal && typeof AbortSignal.any !== 'function') kyOptions.fetch = fetcher(options.fetch, signal);
      else kyOptions.signal = signal;

      let response: Response;
      try {
        response = await api(path, kyOptions);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (isTimeoutError(error)) throw new TimeoutError(url, timeoutMs);
        if (!isHTTPError(error)) throw error;
        // Loaded only for an error answer, so the widget's first load does without it.
        const apiError = await import('./problem.js')
          .then(({ toApiError }) => toApiError(error.response))
          .catch((readError: unknown) => {
            throw lost(readError);
          });
        throw apiError;
      }
      const text = await response.text().catch((readError: unknown) => {
        throw lost(readError);
      });
      const loaded = await reader;
      if ('loadError' in loaded) throw lost(loaded.loadError);
      const issues: ResponseIssue[] = [];
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        issues.push({ path: '$', message: 'the body is not valid JSON.' });
      }
      const value = issues.length === 0 ? loaded.read(body, '$', issues) : undefined;
      if (value !== undefined && issues.length === 0) return value;
      // Loaded only for a malformed answer, like the ApiError above.
      const { ResponseValidationError } = await import('./response-validation-error.js').catch((loadError: unknown) => {
        throw lost(loadError);
      });
      throw new ResponseValidationError(url, issues, response.headers.get('request-id') ?? undefined);
    },
  };
}
