/** The error of a 2xx answer that breaks the contract; see `errors.ts` for the others and the guards. */

/** One place where a server answer breaks the contract. */
export interface ResponseIssue {
  /** Where in the body, e.g. `data[2].durationMinutes` (`$` is the whole body). */
  path: string;
  message: string;
}

/** The server answered 2xx, but the body does not match the contract. */
export class ResponseValidationError extends Error {
  override name = 'ResponseValidationError' as const;
  /** The URL whose answer was malformed. */
  readonly url: string;
  /** Every problem found; the message names the first. */
  readonly issues: readonly ResponseIssue[];
  /** The server's `Request-Id`, for support. */
  readonly requestId: string | undefined;

  constructor(url: string, issues: readonly ResponseIssue[], requestId?: string) {
    const first = issues[0] ?? { path: '$', message: 'the answer is malformed' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`The answer of ${url} does not match the API contract at ${first.path}: ${first.message}${more}`);
    this.url = url;
    this.issues = Object.freeze([...issues]);
    this.requestId = requestId;
  }
}
