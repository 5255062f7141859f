import type { AppointmentPackage, AppointmentPackageInput } from '../../../src/core/index.js';

/** A valid online package input; tests override one field at a time. */
export function validInput(overrides: Partial<Record<keyof AppointmentPackageInput, unknown>> = {}): Record<string, unknown> {
  const base: AppointmentPackageInput = {
    appointmentType: 'online',
    service: 'video',
    durationMinutes: 50,
    fee: 4900,
    credits: 10,
    sessions: 4,
    breakMinutes: 10,
    country: 'DE',
    currency: 'EUR',
    listingOrder: 0,
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    title: 'Four coaching sessions',
    description: 'Weekly video sessions.\nBring your questions.',
  };
  return { ...base, ...overrides };
}

/** A valid stored package as the server would return it. */
export function validStored(overrides: Partial<Record<keyof AppointmentPackage, unknown>> = {}): Record<string, unknown> {
  return { id: 'pkg_1', expertId: 'exp_1', version: 3, ...validInput(), ...overrides };
}
