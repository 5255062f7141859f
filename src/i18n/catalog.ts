/** What every set of texts has: the base language subtag it serves. */
export interface TermSet {
  /** Base language subtag, lowercase, e.g. `"de"`. */
  readonly $code: string;
}

/**
 * The texts of one part of apptkit (the shared texts, or one element's) in every language:
 * English is always ready, the other built-in languages load on first use in their own chunk,
 * and a host can add or reword languages with {@link Catalog.register}.
 */
export interface Catalog<T extends TermSet> {
  /** English, the fallback. */
  readonly fallback: T;
  /**
   * Adds (or replaces) term sets, keyed by their `$code`; elements pick them up on their next render.
   *
   * @throws {TypeError} when a `$code` is not a lowercase base language subtag.
   */
  register(...sets: T[]): void;
  /** The terms of a language if they are ready, else `undefined`. */
  get(code: string): T | undefined;
  /** True when the terms of `code` are registered or can be loaded. */
  has(code: string): boolean;
  /** The terms of `code`, loading built-in ones on first use; `undefined` for an unknown language. A failed load may be retried. */
  load(code: string): Promise<T | undefined>;
}

/** Creates a catalog from its English terms and loaders of the other built-in languages. */
export function createCatalog<T extends TermSet>(
  name: string,
  fallback: T,
  loaders: Readonly<Record<string, () => Promise<T>>>,
): Catalog<T> {
  const ready = new Map<string, T>([[fallback.$code, fallback]]);
  const loading = new Map<string, Promise<T | undefined>>();
  const known = (key: string) => ready.has(key) || Object.hasOwn(loaders, key);

  return {
    fallback,
    register(...sets) {
      for (const set of sets) {
        if (!/^[a-z]{2,3}$/.test(set.$code)) {
          throw new TypeError(`${name}: $code must be a lowercase base language subtag like "fr", got ${JSON.stringify(set.$code)}.`);
        }
        ready.set(set.$code, set);
      }
    },
    get: (code) => ready.get(code.toLowerCase()),
    has: (code) => known(code.toLowerCase()),
    load(code) {
      const key = code.toLowerCase();
      const set = ready.get(key);
      if (set) return Promise.resolve(set);
      if (!Object.hasOwn(loaders, key)) return Promise.resolve(undefined);
      let pending = loading.get(key);
      if (!pending) {
        pending = loaders[key]!().then(
          (loaded) => {
            if (!ready.has(key)) ready.set(key, loaded);
            return ready.get(key);
          },
          (error: unknown) => {
            loading.delete(key);
            throw new Error(`Could not load the "${key}" texts of ${name}.`, { cause: error });
          },
        );
        loading.set(key, pending);
      }
      return pending;
    },
  };
}
