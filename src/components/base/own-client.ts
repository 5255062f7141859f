import { createClient, type ApptClient, type CustomerTokenSource } from '../../client/index.js';
import { ConfigurationError } from './configuration-error.js';

/**
 * The client an element builds from its own `api` and `key` attributes: `undefined` when neither
 * is set (it then waits for one by context), or a {@link ConfigurationError} naming the attribute
 * at fault, for `tag` (e.g. `"appt-slot-picker"`). `customerToken` signs its requests in.
 */
export function clientFromAttributes(
  tag: string,
  api: string,
  key: string,
  customerToken?: CustomerTokenSource,
): ApptClient | ConfigurationError | undefined {
  const baseUrl = api.trim();
  const publishableKey = key.trim();
  if (!baseUrl && !publishableKey) return undefined;
  if (!baseUrl) return new ConfigurationError(`<${tag}>: the "api" attribute is required with "key" (the API base URL).`);
  if (!publishableKey) return new ConfigurationError(`<${tag}>: the "key" attribute is required with "api" (a publishable key).`);
  try {
    return createClient({ baseUrl, publishableKey, ...(customerToken ? { customerToken } : {}) });
  } catch (error) {
    return new ConfigurationError(`<${tag}>: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
