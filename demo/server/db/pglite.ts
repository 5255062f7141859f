import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { Database, Queryable, QueryResult } from './database.js';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Opens an embedded PGlite database persisted in `dataDir` (created when missing), or kept in
 * memory when `dataDir` is `'memory'`.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  // btree_gist lets the reservations' exclusion constraint compare expert ids with `=`.
  const extensions = { btree_gist };
  let pglite: PGlite;
  if (dataDir === 'memory') {
    pglite = new PGlite({ extensions });
  } else {
    await mkdir(dataDir, { recursive: true });
    pglite = new PGlite(dataDir, { extensions });
  }
  await pglite.waitReady;
  const base = wrap(pglite);
  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}
