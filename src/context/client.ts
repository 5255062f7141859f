import { createContext } from '@lit/context';
import type { ApptClient } from '../client/index.js';

/**
 * The `ApptClient` an ancestor provides (`@provide({ context: clientContext })` or a
 * `ContextProvider`) to every apptkit element below it. A provided client wins over an
 * element's own `api` / `key` attributes.
 *
 * The key is a registered symbol so two copies of apptkit on one page (CDN and npm) share it.
 */
export const clientContext = createContext<ApptClient | undefined>(Symbol.for('apptkit.client'));
