import type { BookingPolicy } from '../../../src/core/booking-policy.js';
import type { Queryable } from './database.js';

/** The settings an admin changes, as stored in the one row of `tenant_settings`. */
export interface StoredTenantSettings {
  bookingPolicy: BookingPolicy;
  /** Minutes before a session's start when its customer is reminded. */
  reminderMinutes: number[];
  version: number;
}

/** What a settings update changes; absent fields stay. */
export interface TenantSettingsChange {
  bookingPolicy?: BookingPolicy;
  reminderMinutes?: readonly number[];
}

interface SettingsRow {
  cancel_cutoff_hours: number;
  reschedule_cutoff_hours: number;
  cancel_returns_session: boolean;
  reminder_minutes: number[];
  version: number;
}

const COLUMNS = 'cancel_cutoff_hours, reschedule_cutoff_hours, cancel_returns_session, reminder_minutes, version';

const toSettings = (row: SettingsRow): StoredTenantSettings => ({
  bookingPolicy: {
    cancelCutoffHours: row.cancel_cutoff_hours,
    rescheduleCutoffHours: row.reschedule_cutoff_hours,
    cancelReturnsSession: row.cancel_returns_session,
  },
  reminderMinutes: row.reminder_minutes.map(Number),
  version: row.version,
});

/** The tenant's settings (migration 016 writes the row), locked for the transaction with `forUpdate`. */
export async function readTenantSettings(db: Queryable, forUpdate = false): Promise<StoredTenantSettings> {
  const { rows } = await db.query<SettingsRow>(`SELECT ${COLUMNS} FROM tenant_settings${forUpdate ? ' FOR UPDATE' : ''}`);
  const row = rows[0];
  if (!row) throw new Error('tenant_settings has no row; migration 016 writes it.');
  return toSettings(row);
}

/** Writes `change` over the settings and raises the version by one; returns the stored result. */
export async function updateTenantSettings(tx: Queryable, change: TenantSettingsChange): Promise<StoredTenantSettings> {
  const policy = change.bookingPolicy;
  const { rows } = await tx.query<SettingsRow>(
    `UPDATE tenant_settings SET
       cancel_cutoff_hours = COALESCE($1, cancel_cutoff_hours),
       reschedule_cutoff_hours = COALESCE($2, reschedule_cutoff_hours),
       cancel_returns_session = COALESCE($3, cancel_returns_session),
       reminder_minutes = COALESCE($4::integer[], reminder_minutes),
       version = version + 1
     RETURNING ${COLUMNS}`,
    [policy?.cancelCutoffHours ?? null, policy?.rescheduleCutoffHours ?? null, policy?.cancelReturnsSession ?? null, change.reminderMinutes ? [...change.reminderMinutes] : null],
  );
  return toSettings(rows[0] as SettingsRow);
}
