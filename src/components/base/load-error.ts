import { isApiError, isNetworkError, isTimeoutError } from '../../client/index.js';
import { isConfigurationError } from './configuration-error.js';
import type { Translation } from '../../i18n/translation.js';

/** Why a load failed, in the words a site visitor (and the site owner) can act on. */
export type LoadErrorCause = 'network' | 'access' | 'not-found' | 'config' | 'other';

/** The cause of a failed load, from the client's error classes (checked by name, across realms). */
export function loadErrorCause(error: unknown): LoadErrorCause {
  if (isNetworkError(error) || isTimeoutError(error)) return 'network';
  if (isConfigurationError(error)) return 'config';
  if (isApiError(error)) {
    if (error.status === 401 || error.status === 403) return 'access';
    if (error.status === 404) return 'not-found';
  }
  return 'other';
}

/**
 * The localized sentence for a failed load, plus a detail line: the server's request id to quote
 * to support, or for a set-up mistake the English message naming the attribute at fault.
 */
export function describeLoadError(error: unknown, t: Translation): { message: string; detail?: string } {
  const messages: Record<LoadErrorCause, string> = {
    network: t.errorNetwork,
    access: t.errorAccess,
    'not-found': t.errorNotFound,
    config: t.errorConfig,
    other: t.errorOther,
  };
  const cause = loadErrorCause(error);
  const message = messages[cause];
  if (cause === 'config' && error instanceof Error) return { message, detail: error.message };
  if (isApiError(error) && error.requestId) return { message, detail: `${t.errorReference}: ${error.requestId}` };
  return { message };
}
