import type { IncomingMessage } from 'node:http';
import { HttpProblem, validationProblem } from './problem.js';
import type { RequestContext } from './router.js';
import { screenJson } from './screen.js';

function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The 413 answer to a body past `maxBytes`; the connection closes, as the rest is not read. */
export function payloadTooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(413, 'payload_too_large', `The request body exceeds this route's limit of ${maxBytes} bytes.`, {
    headers: { Connection: 'close' },
  });
}

/** Whether the request declares a body longer than `maxBytes` in its Content-Length. */
export function declaresTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * Reads and parses the JSON body of a request, at most its route's `maxBodyBytes` (refused from
 * the Content-Length before reading, or as soon as the stream passes it), then passes every string
 * in it through the request screen (see `screen.ts`).
 * Throws 415 `unsupported_media_type` for another content type, 413 `payload_too_large` when too
 * large, 400 `invalid_json` when empty or not valid JSON, and 422 for what the screen refuses.
 */
export async function readJsonBody({ req, maxBodyBytes }: Pick<RequestContext, 'req' | 'maxBodyBytes'>): Promise<unknown> {
  const body = await parseJsonBody(req, maxBodyBytes);
  const problems = screenJson(body);
  if (problems.length > 0) throw validationProblem(problems);
  return body;
}

async function parseJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!isJsonMediaType(req.headers['content-type'])) {
    throw new HttpProblem(
      415,
      'unsupported_media_type',
      `The request body must be sent with Content-Type: application/json (got ${req.headers['content-type'] ?? 'none'}).`,
    );
  }
  if (declaresTooLarge(req, maxBytes)) throw payloadTooLarge(maxBytes);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw payloadTooLarge(maxBytes);
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
