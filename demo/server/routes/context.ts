import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';

/** What route modules need from the server. */
export interface RouteDeps {
  db: Database;
  config: ServerConfig;
}
