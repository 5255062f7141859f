/**
 * Parts of the client that load on first use: the widget's first load (a 22 KB gzip budget) carries
 * only a facade of their method names, and the code behind it arrives with the first call.
 */

/**
 * Every method of every group of a part, each name set to `true`, e.g.
 * `{ holds: { create: true, get: true, release: true } }`: an object rather than a list, so that
 * the compiler reports a method left out as well as a misspelt one.
 */
export type MethodNames<T> = { readonly [G in keyof T]: { readonly [M in keyof T[G]]: true } };

/**
 * Builds a frozen facade of `T`: for each group of `methods`, a frozen object of async methods that
 * load the part with `load` and call the same method of the loaded group with the same arguments.
 * The part loads once per facade, however many calls wait for it. A failed load rejects every
 * waiting call with an `Error` naming `part`, the failure as its `cause`, and is tried again on the
 * next call (a flaky network must not break the widget for good).
 */
export function lazyPart<T extends object>(part: string, load: () => Promise<T>, methods: MethodNames<T>): T {
  let loading: Promise<T> | undefined;
  const loaded = (): Promise<T> =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new Error(`apptkit: the ${part} part of the client could not be loaded.`, { cause });
    }));
  const facade: Record<string, unknown> = {};
  for (const group in methods) {
    const delegates: Record<string, unknown> = {};
    for (const name in methods[group]) {
      delegates[name] = async (...args: unknown[]) =>
        ((await loaded())[group] as Record<string, (...args: unknown[]) => unknown>)[name]!(...args);
    }
    facade[group] = Object.freeze(delegates);
  }
  return Object.freeze(facade) as T;
}
