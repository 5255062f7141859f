/**
 * Checks {@link ClientOptions} once, at `createClient` time, so a misconfigured widget fails
 * loudly with a `TypeError` naming the option instead of failing every request: the publishable
 * key here, the transport options with the rules the admin SDK shares (`src/http/options.ts`).
 */
import { checkApiKey, resolveTransportOptions, shown, type KeyRule, type ResolvedOptions } from '../http/options.js';
import type { ClientOptions } from './types.js';

/** The widget's key: publishable, never a secret one. */
export const PUBLISHABLE_KEY_RULE: KeyRule = {
  example: 'pk_live_…',
  refused: 'sk_',
  why: 'must be a publishable key (pk_…): a secret sk_ key must never reach a browser.',
};

/** Checks every option of `createClient` and applies the defaults; throws a `TypeError` naming the first bad option. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`createClient options must be an object (got ${shown(options)}).`);
  }
  return resolveTransportOptions(options, checkApiKey('publishableKey', options.publishableKey, PUBLISHABLE_KEY_RULE));
}
