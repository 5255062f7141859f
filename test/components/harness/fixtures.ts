import type { AppointmentPackage } from '../../../src/core/package.js';

let nextId = 1;

/** A valid package as the server sends it; override what the test is about. */
export function makePackage(overrides: Partial<AppointmentPackage> = {}): AppointmentPackage {
  const id = `pkg_${nextId++}`;
  return {
    id,
    expertId: 'exp_1',
    version: 1,
    appointmentType: 'online',
    service: 'video',
    durationMinutes: 50,
    fee: 12000,
    credits: 5,
    sessions: 3,
    breakMinutes: 10,
    country: 'US',
    currency: 'USD',
    listingOrder: 0,
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    title: `Package ${id}`,
    description: 'Three focused sessions to plan your next step.',
    ...overrides,
  };
}

/** A promise the test resolves when it chooses: holds a mocked response back. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
