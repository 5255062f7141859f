/**
 * One customer session per tenant API and page, kept for the tab: every `appt-*` element with the
 * same `api` shares it, so signing in once (by e-mail code or the host's token) signs in all of
 * them, and the token survives navigation and reload within the site and tab through
 * sessionStorage (tab-scoped; never localStorage). Signing out forgets it everywhere.
 */
import { CustomerSession, type StoredToken, type TokenStore } from '../../context/customer-session.js';

const sessions = new Map<string, CustomerSession>();

/** The clock sessions judge token expiry by: the browser's, unless {@link resetPageSessions} injects one. */
let pageClock: () => number = () => Date.now();

/** The tab's sessionStorage, or `undefined` where a page may not use it (sandboxed frames, privacy modes). */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A {@link TokenStore} in the tab's sessionStorage under `key`; memory alone where storage fails. */
function sessionStorageStore(key: string): TokenStore {
  return {
    load() {
      try {
        const parsed = JSON.parse(tabStorage()?.getItem(key) ?? 'null') as { token?: unknown; expiresAtMs?: unknown } | null;
        if (typeof parsed?.token !== 'string' || parsed.token === '') return undefined;
        const expiresAtMs = typeof parsed.expiresAtMs === 'number' ? parsed.expiresAtMs : Number.POSITIVE_INFINITY;
        return { token: parsed.token, expiresAtMs };
      } catch {
        return undefined;
      }
    },
    save(value: StoredToken | undefined) {
      try {
        if (value === undefined) tabStorage()?.removeItem(key);
        // JSON has no Infinity: an unknown expiry is stored as null.
        else tabStorage()?.setItem(key, JSON.stringify({ token: value.token, expiresAtMs: Number.isFinite(value.expiresAtMs) ? value.expiresAtMs : null }));
      } catch {
        // Storage full or refused: the session still works in memory for this page.
      }
    },
  };
}

/** The tenant API as one key: origin and path, without a trailing slash. */
function apiKeyOf(api: string): string {
  try {
    const url = new URL(api, globalThis.location?.href);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return api.trim();
  }
}

/** The page's shared customer session for the tenant API at `api`. */
export function pageSession(api: string): CustomerSession {
  const key = apiKeyOf(api);
  let session = sessions.get(key);
  if (!session) {
    session = new CustomerSession(undefined, () => pageClock(), sessionStorageStore(`${STORAGE_PREFIX}${key}`));
    sessions.set(key, session);
  }
  return session;
}

const STORAGE_PREFIX = 'apptkit.customer:';

/**
 * Drops the page's sessions as a new page would start (tests use it): with `keepTab`, the tab's
 * stored tokens stay, as after a reload; without, they go too, as in a new tab. `now` is the clock
 * the new sessions judge token expiry by (default: the browser's), so a test's fixed "now" and
 * its tokens' expiry agree on any real date.
 */
export function resetPageSessions({ keepTab = false, now }: { keepTab?: boolean; now?: () => number } = {}): void {
  sessions.clear();
  pageClock = now ?? (() => Date.now());
  if (keepTab) return;
  const storage = tabStorage();
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
}
