import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.js';

/** The default largest accepted request body, in bytes. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads and parses a JSON request body of at most `maxBytes`.
 * Throws 415 `unsupported_media_type` for another content type, 413 `payload_too_large` when too
 * large, and 400 `invalid_json` when empty or not valid JSON.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(req.headers['content-type'])) {
    throw new HttpProblem(
      415,
      'unsupported_media_type',
      `The request body must be sent with Content-Type: application/json (got ${req.headers['content-type'] ?? 'none'}).`,
    );
  }
  const tooLarge = () =>
    new HttpProblem(413, 'payload_too_large', `The request body exceeds the limit of ${maxBytes} bytes.`, {
      headers: { Connection: 'close' },
    });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    throw new HttpProblem(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unparseable';
    throw new HttpProblem(400, 'invalid_json', `The request body is not valid JSON: ${reason}.`);
  }
}
