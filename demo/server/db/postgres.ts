import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.js';

// Counts and ids stay within Number.MAX_SAFE_INTEGER (the package rules bound every integer),
// so int8 columns (fees, counts) are read as numbers rather than strings.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** How many distinct statements are prepared by name; texts past it (dynamic SQL) run unnamed. */
const MAX_NAMED_STATEMENTS = 512;
const statementNames = new Map<string, string>();

/**
 * The name under which `sql` is prepared on each connection, so that PostgreSQL parses and plans
 * a statement once per connection (and may keep its generic plan) rather than on every request:
 * the same text always gets the same name, in every pool of the process. Only plain DML is named.
 */
function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS && /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql)) {
    name = `apptkit_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * Whether `error` is PostgreSQL refusing a prepared statement whose result columns changed under
 * it (a migration of another instance added a column to a `RETURNING *`); run unnamed, it works.
 */
const isStalePlan = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === '0A000' && /cached plan/i.test(String((error as Error).message));

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const config = { text: sql, values: [...params], types };
      const name = statementName(sql);
      let result: pg.QueryResult;
      try {
        result = await target.query(name === undefined ? config : { ...config, name });
      } catch (error) {
        if (name === undefined || !isStalePlan(error)) throw error;
        result = await target.query(config);
      }
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await target.query(sql);
    },
  };
}

/** Quotes an SQL identifier (a schema name). */
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Opens a PostgreSQL pool on `url`. With `schema`, every connection works in that schema
 * (created when missing), which lets several servers share one database in isolation.
 */
export async function openPostgres(url: string, schema?: string): Promise<Database> {
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${quoteIdentifier(schema)}` } : {}),
  });
  // An idle client that loses its connection emits here; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  await base.query('SELECT 1');
  return {
    engine: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
