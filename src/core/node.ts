/**
 * apptkit core for Node backends (the `node` condition of `apptkit/core`): hands
 * `temporal-polyfill` to core when the runtime has no native Temporal, so `generateSlots` works
 * without an `await loadTemporal()`. No global is touched: the backend's own `Intl` and
 * `globalThis` stay as they were. Everything else is the plain core.
 */
import { Temporal } from 'temporal-polyfill/implementation';
import { provideTemporal } from './temporal.js';

provideTemporal(Temporal);

export * from './index.js';
