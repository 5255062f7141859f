/**
 * Where apptkit elements get the signed-in customer's token. It lasts no longer than the tab:
 * in memory, and (for the page's shared session, see `src/components/customer/page-session.ts`) in the tab's
 * sessionStorage — never in localStorage. The host gives a token (its own backend mints one with
 * the admin key) or a provider function that is asked whenever there is none or the server
 * refused the last one; the widget's own passwordless sign-in sets one too.
 */

/** Asked for a fresh customer token; `undefined` when the visitor is not signed in. */
export type CustomerTokenProvider = () => string | undefined | Promise<string | undefined>;

/** A token and its expiry (epoch ms; Infinity when unknown), as a {@link TokenStore} keeps them. */
export interface StoredToken {
  token: string;
  expiresAtMs: number;
}

/** Where a session keeps its token beyond memory, e.g. the tab's sessionStorage. */
export interface TokenStore {
  load(): StoredToken | undefined;
  /** Saves the token, or forgets it when `undefined`. */
  save(value: StoredToken | undefined): void;
}

/** Treat a token as expired this long before its `expiresAt`, so a request never races its expiry. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * One visitor's customer token. Fires `change` when it is set, renewed or forgotten, so elements
 * sharing it re-render (signed in, signed out).
 */
export class CustomerSession extends EventTarget {
  private value: string | undefined;
  private expiresAtMs = Number.POSITIVE_INFINITY;
  private asking: Promise<string | undefined> | undefined;
  private providerValue: CustomerTokenProvider | undefined;
  private paused = false;

  constructor(
    provider?: CustomerTokenProvider,
    private readonly now: () => number = Date.now,
    private readonly store?: TokenStore,
  ) {
    super();
    this.providerValue = provider;
    const stored = store?.load();
    if (stored) {
      this.value = stored.token;
      this.expiresAtMs = stored.expiresAtMs;
    }
  }

  /** Asked when there is no valid token. Setting it (again) lets it be asked again after a sign-out. */
  get provider(): CustomerTokenProvider | undefined {
    return this.providerValue;
  }

  set provider(provider: CustomerTokenProvider | undefined) {
    this.providerValue = provider;
    this.paused = false;
  }

  /**
   * Whether the provider is not asked: after {@link CustomerSession.signOut}, or when it had no
   * token the server accepts, until a token is set or another provider is.
   */
  get providerPaused(): boolean {
    return this.paused;
  }

  /** Whether nobody is signed in, known without asking anyone: no token, and no provider to ask. */
  get signedOut(): boolean {
    return this.token === undefined && (!this.providerValue || this.paused);
  }

  /** The token, if one is set and not about to expire. */
  get token(): string | undefined {
    if (this.value !== undefined && this.now() >= this.expiresAtMs - EXPIRY_MARGIN_MS) this.forget();
    return this.value;
  }

  /** Whether a token is at hand (the provider may still produce one when asked). */
  get signedIn(): boolean {
    return this.token !== undefined;
  }

  /**
   * Sets the token (empty or `undefined` signs out), with its expiry when known (an ISO-8601
   * instant). Fires `change` when anything changed.
   */
  set(token: string | undefined, expiresAt?: string): void {
    const next = token?.trim() || undefined;
    const expiry = next && expiresAt !== undefined ? Date.parse(expiresAt) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(expiry)) throw new TypeError(`expiresAt must be an ISO-8601 instant (got ${JSON.stringify(expiresAt)}).`);
    if (next) this.paused = false;
    if (next === this.value && expiry === this.expiresAtMs) return;
    this.value = next;
    this.expiresAtMs = expiry;
    this.store?.save(next === undefined ? undefined : { token: next, expiresAtMs: expiry });
    this.dispatchEvent(new Event('change'));
  }

  /** Forgets the token; the provider may still be asked for a new one. */
  forget(): void {
    this.set(undefined);
  }

  /**
   * Signs out: forgets the token and stops asking the provider (which would sign straight back
   * in) until a token is set or another provider is.
   */
  signOut(): void {
    this.paused = true;
    this.forget();
  }

  /** The token to send: the current one, else the provider's answer (one question at a time). */
  async current(): Promise<string | undefined> {
    return this.token ?? this.ask();
  }

  /** The server refused the token: forget it and ask the provider for another (`undefined` without one). */
  async renew(): Promise<string | undefined> {
    this.forget();
    return this.ask();
  }

  private ask(): Promise<string | undefined> {
    const provider = this.providerValue;
    if (!provider || this.paused) return Promise.resolve(undefined);
    this.asking ??= (async () => {
      try {
        const token = await provider();
        if (token !== undefined && typeof token !== 'string') {
          throw new TypeError(`The customer token provider must return a string or undefined (got ${typeof token}).`);
        }
        this.set(token);
        return this.value;
      } finally {
        this.asking = undefined;
      }
    })();
    return this.asking;
  }
}
