/**
 * The storage port of the reference server: the few operations the routes need, implemented
 * once for embedded PGlite and once for PostgreSQL so both run the same SQL.
 */

/** The rows of one statement and how many rows it touched. */
export interface QueryResult<Row> {
  rows: Row[];
  /** Rows returned (SELECT) or affected (INSERT/UPDATE/DELETE). */
  rowCount: number;
}

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterized statement (`$1`, `$2`, …). */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A database connection (or pool) that can run transactions. */
export interface Database extends Queryable {
  /** Which engine is behind the port, for logs. */
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it throws
   * (the error is rethrown).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection or pool; the database is unusable afterwards. */
  close(): Promise<void>;
}

/** Where the server keeps its data. */
export interface DatabaseLocation {
  /** A PGlite data directory, or `'memory'` for a throwaway in-memory database. */
  dataDir?: string;
  /** A PostgreSQL connection string; takes precedence over `dataDir`. */
  databaseUrl?: string;
  /** PostgreSQL only: the schema to work in (created when missing), e.g. one per test file. */
  databaseSchema?: string;
}

/** Opens the database described by `location`: PostgreSQL when a URL is given, else PGlite. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(location.databaseUrl, location.databaseSchema);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(location.dataDir ?? 'memory');
}
