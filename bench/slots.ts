/**
 * Slot engine benchmark (part of `npm run bench`). Prints median and p95 wall time per `generateSlots` call
 * (after warm-up) for three reference cases and a growth line; asserts nothing about time.
 * Runs through the Node entry, so on Node 20 Temporal is the polyfill, as a tenant backend gets it.
 */
import { generateSlots, getTemporal, type BusyPeriod, type SlotInput, type WeeklyRule } from '../src/core/node.js';

const DAY_MS = 86_400_000;

/** Deterministic PRNG (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` busy periods on random days of the range, starting 06:00–19:00 UTC, 15–180 minutes long. */
function busyPeriods(count: number, fromMs: number, days: number, seed: number): BusyPeriod[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const day = Math.floor(next() * days);
    const start = fromMs + day * DAY_MS + (6 * 60 + Math.floor(next() * 13 * 4) * 15) * 60_000;
    const end = start + (15 + Math.floor(next() * 12) * 15) * 60_000;
    return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
  });
}

function weekdays(days: number[], start: string, end: string): WeeklyRule[] {
  return days.map((weekday) => ({ weekday: weekday as WeeklyRule['weekday'], start, end }));
}

const FROM = '2026-01-05T00:00:00Z';
const FROM_MS = Date.parse(FROM);

function range(days: number): { from: string; to: string } {
  return { from: FROM, to: new Date(FROM_MS + days * DAY_MS).toISOString() };
}

/** B1: 90 days, Mon–Fri 09:00–17:00 Berlin, 50 + 10 minutes, 200 busy periods. */
const b1: SlotInput = {
  timeZone: 'Europe/Berlin',
  weekly: weekdays([1, 2, 3, 4, 5], '09:00', '17:00'),
  durationMinutes: 50,
  breakMinutes: 10,
  busy: busyPeriods(200, FROM_MS, 90, 1),
  ...range(90),
};

/** B2: 60 days New York, split days Mon–Sat, 12 overrides, 45 + 15 minutes, 300 busy, now + 24 h notice. */
const b2: SlotInput = {
  timeZone: 'America/New_York',
  weekly: [
    ...weekdays([1, 2, 3, 4, 5], '08:00', '12:00'),
    ...weekdays([1, 2, 3, 4, 5], '13:00', '19:00'),
    ...weekdays([6], '10:00', '14:00'),
  ],
  overrides: Array.from({ length: 12 }, (_, i) => ({
    date: new Date(FROM_MS + (i * 5 + 2) * DAY_MS).toISOString().slice(0, 10),
    intervals: i % 3 === 0 ? [] : [{ start: '07:00', end: '11:30' }, { start: '18:00', end: '24:00' }],
  })),
  durationMinutes: 45,
  breakMinutes: 15,
  busy: busyPeriods(300, FROM_MS, 60, 2),
  now: new Date(FROM_MS + 3 * 3_600_000).toISOString(),
  minNoticeMinutes: 24 * 60,
  ...range(60),
};

/** B3 and the growth line: Mon–Fri 08:00–12:00 + 13:00–20:00, Sat 10:00–14:00 Berlin, 10 + 5 minutes. */
function longCase(days: number): SlotInput {
  return {
    timeZone: 'Europe/Berlin',
    weekly: [
      ...weekdays([1, 2, 3, 4, 5], '08:00', '12:00'),
      ...weekdays([1, 2, 3, 4, 5], '13:00', '20:00'),
      ...weekdays([6], '10:00', '14:00'),
    ],
    durationMinutes: 10,
    breakMinutes: 5,
    busy: busyPeriods(Math.round((800 * days) / 365), FROM_MS, days, 3),
    ...range(days),
  };
}

interface Measurement {
  median: number;
  p95: number;
  runs: number;
  slots: number;
}

/** Times `generateSlots(input)` after a warm-up, for at least `minRuns` runs and about `budgetMs` ms. */
function measure(input: SlotInput, minRuns = 200, budgetMs = 1500): Measurement {
  let slots = 0;
  for (let i = 0; i < 30; i++) slots = generateSlots(input).length;
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < budgetMs) {
    const t0 = performance.now();
    generateSlots(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: times.length, slots };
}

function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

const { Instant } = getTemporal();
const native = Function.prototype.toString.call(Instant).includes('[native code]');
console.log(`Node ${process.version}, Temporal: ${native ? 'native' : 'temporal-polyfill'}`);

const coldStart = performance.now();
generateSlots(b1);
console.log(`first call in process (cold polyfill, zone data not yet cached): ${ms(performance.now() - coldStart)}`);

const cases: [string, SlotInput, string][] = [
  ['B1 90 d, Mon–Fri 09–17 Berlin, 50+10, 200 busy', b1, 'target ≤ 2 ms'],
  ['B2 60 d, New York split days, 12 overrides, 45+15, 300 busy, notice', b2, ''],
  ['B3 365 d, 10+5, 800 busy', longCase(365), 'target ≤ 10 ms'],
];
for (const [name, input, target] of cases) {
  const m = measure(input);
  console.log(
    `${name}: median ${ms(m.median)}, p95 ${ms(m.p95)} (${m.runs} runs, ${m.slots} slots)${target ? `  [${target}]` : ''}`,
  );
}

const growth = [90, 180, 365, 730].map((days) => ({ days, m: measure(longCase(days), 100, 800) }));
console.log(
  `growth (B3 shape, busy ∝ days): ${growth
    .map(({ days, m }) => `${days} d ${ms(m.median)} (${m.slots} slots, ${((m.median * 1000) / days).toFixed(1)} µs/day)`)
    .join(' | ')}`,
);
