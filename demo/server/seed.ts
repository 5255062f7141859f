import type { AppointmentPackageInput, CreditPackageInput, WeeklyRule } from '../../src/core/index.js';
import { getTemporal, validatePackage } from '../../src/core/node.js';
import { findAvailability, replaceAvailability } from './db/availability.js';
import type { Database } from './db/database.js';
import { insertExpertIfMissing, type Expert } from './db/experts.js';
import { insertCreditPackage } from './db/credit-packages.js';
import { insertPackage } from './db/packages.js';
import { validateAvailability } from './scheduling/validate-availability.js';

/** A demo package: a stable id and its input without `listingOrder` (its position decides). */
type SeedPackage = { id: string } & Omit<AppointmentPackageInput, 'listingOrder'>;

/** The demo tenant's experts (stable ids, so the demo pages can name them) and their packages. */
export const DEMO_TENANT: ReadonlyArray<{ expert: Expert; packages: SeedPackage[] }> = [
  {
    expert: {
      id: 'exp_istanbul',
      name: 'Dr. Elif Yılmaz',
      headline: 'Clinical psychologist — anxiety, stress and burnout',
      timeZone: 'Europe/Istanbul',
    },
    packages: [
      {
        id: 'pkg_ist_first_consultation',
        title: 'First consultation',
        description: 'A 50-minute video session to talk through what brings you here and agree on goals. Ten minutes of rest follow for the therapist.',
        appointmentType: 'online', service: 'video', durationMinutes: 50, breakMinutes: 10, sessions: 1,
        fee: 150000, credits: 15, country: 'TR', currency: 'TRY', endMode: 'automatic', endTiming: 'scheduled_end',
      },
      {
        id: 'pkg_ist_four_weeks',
        title: 'Four-week therapy programme',
        description: 'Four weekly 50-minute video sessions. Book them all now or one at a time from "My bookings". Late joiners still get the full 50 minutes.',
        appointmentType: 'online', service: 'video', durationMinutes: 50, breakMinutes: 10, sessions: 4,
        fee: 540000, credits: 54, country: 'TR', currency: 'TRY', endMode: 'by_expert', endTiming: 'full_duration',
      },
      {
        id: 'pkg_ist_kadikoy_office',
        title: 'In-person session in Kadıköy',
        description: 'A one-hour meeting at the practice near the Kadıköy ferry terminal. Please arrive five minutes early.',
        location: 'Caferağa Mah., Moda Cad. 12/3, 34710 Kadıköy, İstanbul',
        appointmentType: 'face_to_face', service: null, durationMinutes: 60, breakMinutes: 15, sessions: 1,
        fee: 200000, credits: null, country: 'TR', currency: 'TRY', endMode: 'by_expert', endTiming: 'scheduled_end',
      },
      {
        id: 'pkg_ist_check_in',
        title: 'Quick check-in call',
        description: 'A 25-minute audio call for existing clients between regular sessions.',
        appointmentType: 'online', service: 'audio', durationMinutes: 25, breakMinutes: 5, sessions: 1,
        fee: 60000, credits: 6, country: 'TR', currency: 'TRY', endMode: 'automatic', endTiming: 'full_duration',
      },
      {
        id: 'pkg_ist_burnout_eu',
        title: 'Burnout recovery programme (Europe)',
        description: 'Six 50-minute video sessions in English or Turkish for clients living in Germany.',
        appointmentType: 'online', service: 'video', durationMinutes: 50, breakMinutes: 10, sessions: 6,
        fee: 66000, credits: null, country: 'DE', currency: 'EUR', endMode: 'by_expert', endTiming: 'scheduled_end',
      },
    ],
  },
  {
    expert: {
      id: 'exp_newyork',
      name: 'Michael Chen, CFA',
      headline: 'Personal finance and retirement planning',
      timeZone: 'America/New_York',
    },
    packages: [
      {
        id: 'pkg_ny_phone_question',
        title: 'Ask a financial planner by phone',
        description: 'A 30-minute phone call on your own number for one focused money question.',
        appointmentType: 'online', service: 'phone', durationMinutes: 30, breakMinutes: 0, sessions: 1,
        fee: 7500, credits: 8, country: 'US', currency: 'USD', endMode: 'automatic', endTiming: 'scheduled_end',
      },
      {
        id: 'pkg_ny_retirement_review',
        title: 'Retirement plan review',
        description: 'Three one-hour video sessions: where you stand, the plan, and a follow-up after you have acted on it.',
        appointmentType: 'online', service: 'video', durationMinutes: 60, breakMinutes: 15, sessions: 3,
        fee: 45000, credits: 45, country: 'US', currency: 'USD', endMode: 'by_expert', endTiming: 'full_duration',
      },
      {
        id: 'pkg_ny_midtown_office',
        title: 'Office meeting in Midtown Manhattan',
        description: 'A 90-minute meeting at the Midtown office. Bring your latest statements.',
        location: 'Suite 1204, 1350 Avenue of the Americas, New York, NY 10019',
        appointmentType: 'face_to_face', service: null, durationMinutes: 90, breakMinutes: 30, sessions: 1,
        fee: 30000, credits: null, country: 'US', currency: 'USD', endMode: 'by_expert', endTiming: 'scheduled_end',
      },
      {
        id: 'pkg_ny_japan_investing',
        title: 'Investing basics for residents of Japan',
        description: 'Two 45-minute video sessions on NISA accounts, index funds and currency risk.',
        appointmentType: 'online', service: 'video', durationMinutes: 45, breakMinutes: 15, sessions: 2,
        fee: 22000, credits: 20, country: 'JP', currency: 'JPY', endMode: 'automatic', endTiming: 'scheduled_end',
      },
    ],
  },
  {
    expert: {
      id: 'exp_kolkata',
      name: 'Ananya Banerjee',
      headline: 'Career coach for engineers and data scientists',
      timeZone: 'Asia/Kolkata',
    },
    packages: [
      {
        id: 'pkg_kol_resume_review',
        title: 'Résumé and LinkedIn review',
        description: 'A 45-minute video session going through your résumé and profile line by line.',
        appointmentType: 'online', service: 'video', durationMinutes: 45, breakMinutes: 15, sessions: 1,
        fee: 250000, credits: 10, country: 'IN', currency: 'INR', endMode: 'automatic', endTiming: 'scheduled_end',
      },
      {
        id: 'pkg_kol_mock_interviews',
        title: 'Mock interview series',
        description: 'Five one-hour audio interviews — coding, system design and behavioural — each with written feedback.',
        appointmentType: 'online', service: 'audio', durationMinutes: 60, breakMinutes: 30, sessions: 5,
        fee: 1000000, credits: 40, country: 'IN', currency: 'INR', endMode: 'by_expert', endTiming: 'full_duration',
      },
      {
        id: 'pkg_kol_gulf_careers',
        title: 'Career guidance for the Gulf',
        description: 'Two 40-minute phone calls for engineers planning a move to Kuwait and the wider Gulf.',
        appointmentType: 'online', service: 'phone', durationMinutes: 40, breakMinutes: 20, sessions: 2,
        fee: 30000, credits: null, country: 'KW', currency: 'KWD', endMode: 'automatic', endTiming: 'full_duration',
      },
      {
        id: 'pkg_kol_salt_lake_workshop',
        title: 'Workshop in Salt Lake, Kolkata',
        description: 'A two-hour in-person workshop on salary negotiation at the Sector V co-working space.',
        location: 'Workspace 5, Block EP, Sector V, Salt Lake, Kolkata 700091',
        appointmentType: 'face_to_face', service: null, durationMinutes: 120, breakMinutes: 30, sessions: 1,
        fee: 500000, credits: null, country: 'IN', currency: 'INR', endMode: 'by_expert', endTiming: 'scheduled_end',
      },
    ],
  },
];

/** Credits for money in the demo experts' markets, so the credits element has something to sell. */
export const DEMO_CREDIT_PACKAGES: readonly CreditPackageInput[] = [
  { title: 'Starter: 10 credits', credits: 10, price: 9000, currency: 'USD', country: 'US', active: true, listingOrder: 0 },
  { title: 'Plus: 25 credits', credits: 25, price: 20000, currency: 'USD', country: 'US', active: true, listingOrder: 1 },
  { title: '20 kredi', credits: 20, price: 200000, currency: 'TRY', country: 'TR', active: true, listingOrder: 2 },
  { title: '10 credits', credits: 10, price: 250000, currency: 'INR', country: 'IN', active: true, listingOrder: 3 },
];

/**
 * Seeds the demo tenant once: each demo expert is inserted only if missing, and its packages
 * only together with it, so packages an admin later deleted or edited stay as the admin left them.
 * The demo credit packages come with the first seeding only. Returns how many experts were
 * inserted now.
 */
export async function seedDemoTenant(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const { expert, packages } of DEMO_TENANT) {
      if (!(await insertExpertIfMissing(tx, expert))) continue;
      inserted += 1;
      for (const [listingOrder, { id, ...fields }] of packages.entries()) {
        const result = validatePackage({ ...fields, listingOrder });
        if (!result.ok) throw new Error(`Demo package ${id} breaks the package rules: ${JSON.stringify(result.errors)}`);
        await insertPackage(tx, expert.id, result.value, id);
      }
    }
    if (inserted === DEMO_TENANT.length) {
      for (const creditPackage of DEMO_CREDIT_PACKAGES) await insertCreditPackage(tx, creditPackage);
    }
    return inserted;
  });
}

/** A weekly rule on each of `weekdays`. */
const on = (weekdays: readonly WeeklyRule['weekday'][], start: string, end: string): WeeklyRule[] =>
  weekdays.map((weekday) => ({ weekday, start, end }));

/** Relative dates of the demo's overrides and blocks: days after the seeding day, local times. */
interface SeedDay {
  inDays: number;
  intervals: { start: string; end: string }[];
}

/** The demo experts' availability in their own zones: weekly rules, a few overrides, a block. */
export const DEMO_AVAILABILITY: Readonly<
  Record<string, { weekly: WeeklyRule[]; overrides: SeedDay[]; blocks: (SeedDay & { reason: string })[] }>
> = {
  // Istanbul: weekdays 10:00–18:00 with a lunch break; a day off and a supervision meeting.
  exp_istanbul: {
    weekly: [...on([1, 2, 3, 4, 5], '10:00', '13:00'), ...on([1, 2, 3, 4, 5], '14:00', '18:00')],
    overrides: [{ inDays: 10, intervals: [] }],
    blocks: [{ inDays: 2, intervals: [{ start: '14:00', end: '16:00' }], reason: 'Supervision meeting' }],
  },
  // New York: Monday to Thursday 09:00–17:00 and Saturday mornings; one short day.
  exp_newyork: {
    weekly: [...on([1, 2, 3, 4], '09:00', '17:00'), ...on([6], '09:00', '12:00')],
    overrides: [{ inDays: 5, intervals: [{ start: '12:00', end: '15:00' }] }],
    blocks: [],
  },
  // Kolkata: split shifts on weekdays, early morning and evening; one morning-only day.
  exp_kolkata: {
    weekly: [...on([1, 2, 3, 4, 5], '07:00', '10:00'), ...on([1, 2, 3, 4, 5], '18:00', '22:00')],
    overrides: [{ inDays: 3, intervals: [{ start: '07:00', end: '12:00' }] }],
    blocks: [],
  },
};

/**
 * Gives each demo expert its demo availability, once: only while the expert's availability is
 * still as created (version 1, no rules, overrides or blocks), so an admin's edits stay. Dates
 * of overrides and blocks count from `now` in the expert's zone. Returns how many were written.
 */
export async function seedDemoAvailability(db: Database, now: Date): Promise<number> {
  const temporal = getTemporal();
  return db.transaction(async (tx) => {
    let written = 0;
    for (const [expertId, seed] of Object.entries(DEMO_AVAILABILITY)) {
      const current = await findAvailability(tx, expertId, true);
      const pristine =
        current?.version === 1 && current.weekly.length === 0 && current.overrides.length === 0 && current.blocks.length === 0;
      if (!current || !pristine) continue;
      const today = temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(current.timeZone).toPlainDate();
      const dateIn = (days: number) => today.add({ days });
      const instant = (days: number, time: string) =>
        dateIn(days).toPlainDateTime(temporal.PlainTime.from(time)).toZonedDateTime(current.timeZone).toInstant().toString();
      const body = {
        weekly: seed.weekly,
        overrides: seed.overrides.map(({ inDays, intervals }) => ({ date: dateIn(inDays).toString(), intervals })),
        blocks: seed.blocks.flatMap(({ inDays, intervals, reason }) =>
          intervals.map(({ start, end }) => ({ start: instant(inDays, start), end: instant(inDays, end), reason })),
        ),
      };
      const result = validateAvailability(body, current.timeZone);
      if (!result.ok) throw new Error(`Demo availability of ${expertId} breaks the rules: ${JSON.stringify(result.errors)}`);
      await replaceAvailability(tx, expertId, current.version, result.value, { bumpVersion: false });
      written += 1;
    }
    return written;
  });
}
