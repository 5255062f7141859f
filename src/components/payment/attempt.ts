/** One payment attempt: its `Idempotency-Key`, the order it pays, and the exact request it sends. */
export interface Attempt<Request> {
  readonly key: string;
  /** What the customer chose (package, times, method, card, details), as one string. */
  readonly order: string;
  readonly request: Request;
}

/**
 * The attempt in progress. Paying the same order again (a retry after an unknown outcome: no
 * answer, a server error) sends the very same request with the same key, so the server replays
 * its answer instead of charging twice; another order, or an attempt that ended, gets a new key.
 */
export class Attempts<Request> {
  private current: Attempt<Request> | undefined;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The attempt paying `order`: the current one when it pays the same order, else one built now with a new key. */
  async for(order: string, build: () => Promise<Request>): Promise<Attempt<Request>> {
    if (this.current?.order === order) return this.current;
    const request = await build();
    this.current = { key: this.newKey(), order, request };
    return this.current;
  }

  /** Ends the attempt: paid, failed for certain, or replaced by a purchase to confirm. The next pays with a new key. */
  end(): void {
    this.current = undefined;
  }
}
