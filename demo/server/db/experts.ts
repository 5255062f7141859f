import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** An expert as the API shows it. */
export type Expert = Wire.Expert;

interface ExpertRow {
  id: string;
  name: string;
  headline: string;
  time_zone: string;
}

const toExpert = (row: ExpertRow): Expert => ({ id: row.id, name: row.name, headline: row.headline, timeZone: row.time_zone });

/** Every expert, by id. */
export async function listExperts(db: Queryable): Promise<Expert[]> {
  const { rows } = await db.query<ExpertRow>('SELECT id, name, headline, time_zone FROM experts ORDER BY id');
  return rows.map(toExpert);
}

/** One expert, or `null`. With `lock`, the row is locked until the transaction ends. */
export async function findExpert(db: Queryable, id: string, lock = false): Promise<Expert | null> {
  const { rows } = await db.query<ExpertRow>(
    `SELECT id, name, headline, time_zone FROM experts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toExpert(rows[0]) : null;
}

/** Inserts an expert unless one with its id exists; says whether it was inserted. */
export async function insertExpertIfMissing(db: Queryable, expert: Expert): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO experts (id, name, headline, time_zone) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [expert.id, expert.name, expert.headline, expert.timeZone],
  );
  return rows.length > 0;
}
