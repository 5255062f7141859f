/**
 * Answers a request that Node's HTTP parser refused before any handler saw it (a malformed
 * request line or header, `Content-Length` beside `Transfer-Encoding: chunked`, headers past the
 * size limit, a request that took too long to arrive) with a problem like every other answer:
 * `application/problem+json` with a `Request-Id`, then closes the connection.
 */
import type { Duplex } from 'node:stream';
import { newRequestId } from '../db/ids.js';
import { HttpProblem } from './problem.js';

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

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
  const requestId = newRequestId();
  const problem = problemOf(error);
  const body = JSON.stringify(problem.toBody(requestId));
  socket.end(
    [
      `HTTP/1.1 ${problem.status} ${REASONS[problem.status] ?? 'Bad Request'}`,
      'Content-Type: application/problem+json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `Request-Id: ${requestId}`,
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
  return requestId;
}
