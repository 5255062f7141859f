/**
 * Checks of the admin client's plain arguments (path ids, the version of a write). A bad one is a
 * programming mistake, so it throws a `TypeError` naming the argument, before anything is sent.
 */

/** A received value as an error message shows it. */
export const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

export { requireId } from '../http/require-id.js';

/**
 * The `version` of a write, sent as `If-Match`: an integer ≥ 1. `what` names the resource whose
 * version it is, e.g. `"the package's"`.
 */
export function requireVersion(options: unknown, what: string): number {
  const version = typeof options === 'object' && options !== null ? (options as { version?: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new TypeError(`options.version must be ${what} version, an integer ≥ 1 (got ${shown(version)}).`);
  }
  return version;
}

/** The `If-Match` header naming `version` as a strong entity tag. */
export const ifMatch = (version: number): Record<string, string> => ({ 'if-match': `"${version}"` });
