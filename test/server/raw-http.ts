/** Raw HTTP/1.1 over a socket, for requests no HTTP client would send. */
import { connect } from 'node:net';

/**
 * Sends `bytes` on a new connection to `url`'s host and resolves with everything the server
 * wrote back (Latin-1), once it closes the connection; empty when it closed without an answer.
 */
export function rawExchange(url: string, bytes: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer in 5 s')));
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(answer) : reject(error)));
  });
}
