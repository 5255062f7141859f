import type { ServerResponse } from 'node:http';

/** Request headers a browser may send to the API. */
export const ALLOWED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Apptkit-Customer', 'Apptkit-Hold', 'Apptkit-Join', 'Apptkit-Expert'];
/** Response headers a browser script may read. */
export const EXPOSED_RESPONSE_HEADERS = ['Request-Id', 'ETag', 'Retry-After'];
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/**
 * Normalizes an origin to its serialized form (`scheme://host[:port]`), or returns `null` when
 * it is not a valid http(s) origin.
 */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether `origin` (a request's `Origin` header) is on `allowList` (normalized origins). */
export function isOriginAllowed(origin: string, allowList: readonly string[]): boolean {
  const normalized = normalizeOrigin(origin);
  return normalized !== null && allowList.includes(normalized);
}

/** Sets the CORS headers letting `origin` read the response. */
export function setCorsHeaders(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_RESPONSE_HEADERS.join(', '));
}

/** Sets the headers of a preflight answer allowing `methods` with the API's request headers. */
export function setPreflightHeaders(res: ServerResponse, methods: readonly string[]): void {
  res.setHeader('Access-Control-Allow-Methods', methods.join(', '));
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_REQUEST_HEADERS.join(', '));
  res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE));
}
