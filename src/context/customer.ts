import { createContext } from '@lit/context';
import type { CustomerSession } from './customer-session.js';

/**
 * The {@link CustomerSession} an ancestor (`<appt-booking>`, or the host with a
 * `ContextProvider`) shares with every apptkit element below it, so one sign-in serves them all.
 * A registered symbol, so two copies of apptkit on one page share it.
 */
export const customerContext = createContext<CustomerSession | undefined>(Symbol.for('apptkit.customer'));
