/**
 * Answers a request that Node's HTTP parser refused before any handler saw it (a malformed
 * request line or header, `Content-Length` beside `Transfer-Encoding: chunked`, headers past the
 * size limit, a request that took too long to arrive) with a problem like every other answer:
 * `application/problem+json` with a `Request-Id`, then closes the connection.
 */
import type { Duplex } from 'node:stream';
import { newRequestId } from '../db/ids.js';
import { HttpProblem } from './problem.js';

const REASONS: Record<number, string> = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function problemOf(error: Error & { code?: string }): HttpProblem {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new HttpProblem(431, 'headers_too_large', 'The request headers are larger than the server accepts.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpProblem(408, 'request_timeout', 'The request did not arrive completely in time.');
    default:
      return new HttpProblem(400, 'malformed_request', `The request is not well-formed HTTP/1.1 (${error.code ?? 'unparseable'}).`);
  }
}

/** Handles the server's `clientError` event; returns the request id it answered with, if any. */
export function answerUnparsedRequest(error: Error & { code?: string }, socket: Duplex): string | null {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return null;
  }
  return writeProblem(socket, problemOf(error));
}

/** Handles the server's `connect` event: the API is no proxy, so `CONNECT` gets a 405 problem. */
export function refuseConnect(socket: Duplex): string {
  return writeProblem(socket, new HttpProblem(405, 'method_not_allowed', 'CONNECT is not allowed: this is an API, not a proxy.', { headers: { Allow: 'GET, POST, PUT, PATCH, DELETE, OPTIONS' } }));
}

/** Writes `problem` straight to `socket` as a whole HTTP/1.1 answer and closes it; returns its request id. */
function writeProblem(socket: Duplex, problem: HttpProblem): string {
  const requestId = newRequestId();
  const body = JSON.stringify(problem.toBody(requestId));
  socket.end(
    [
      `HTTP/1.1 ${problem.status} ${REASONS[problem.status] ?? 'Bad Request'}`,
      'Content-Type: application/problem+json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `Request-Id: ${requestId}`,
      ...Object.entries(problem.extras.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
  return requestId;
}
