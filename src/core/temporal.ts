/**
 * Where core finds Temporal. Native `globalThis.Temporal` wins wherever it exists; otherwise the
 * `temporal-polyfill` implementation is loaded on demand with a lazy `import()`, so a browser
 * bundle carries no polyfill bytes until something asks for them. Node backends import
 * `apptkit/core` through `node.ts`, which hands the polyfill over up front (without touching any
 * global).
 */
import type { Temporal } from 'temporal-polyfill';

/** The `Temporal` namespace object (native or polyfilled), typed with the polyfill's spec types. */
export type TemporalNamespace = typeof Temporal;

let loaded: TemporalNamespace | undefined;
let loading: Promise<TemporalNamespace> | undefined;

function nativeTemporal(): TemporalNamespace | undefined {
  return (globalThis as { Temporal?: TemporalNamespace }).Temporal;
}

/**
 * Resolves with a usable Temporal namespace: the native one when present, else the polyfill,
 * fetched once with a lazy `import()` (the promise is cached; a failed load clears the cache so a
 * later call retries). Does not install anything on `globalThis`.
 */
export function loadTemporal(): Promise<TemporalNamespace> {
  const ready = loaded ?? nativeTemporal();
  if (ready) return Promise.resolve(ready);
  loading ??= import('temporal-polyfill/implementation').then(
    (module) => {
      loaded = module.Temporal;
      return module.Temporal;
    },
    (cause: unknown) => {
      loading = undefined;
      throw new Error('Temporal could not be loaded: importing temporal-polyfill failed', { cause });
    },
  );
  return loading;
}

/**
 * Hands core a Temporal implementation to use where the runtime has none (Node's entry does this
 * with temporal-polyfill). A native `globalThis.Temporal` still wins. Nothing global is changed.
 */
export function provideTemporal(implementation: TemporalNamespace): void {
  loaded ??= implementation;
}

/**
 * The Temporal namespace for synchronous code such as `generateSlots`: native, or one given by
 * {@link provideTemporal} or loaded by {@link loadTemporal}.
 *
 * @throws Error when none of those is available yet.
 */
export function getTemporal(): TemporalNamespace {
  const ready = nativeTemporal() ?? loaded;
  if (ready) return ready;
  throw new Error(
    'Temporal is not available: await loadTemporal() first (browsers without native Temporal), ' +
      "or import apptkit's core through its Node entry, which provides temporal-polyfill.",
  );
}
