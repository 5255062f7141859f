/**
 * The appointment package: what an expert sells. One package grants `sessions` session
 * entitlements; fee and credits are two prices of the same package.
 */

/** Where the session happens. */
export type AppointmentType = 'online' | 'face_to_face';
/** How an online session is held: an in-platform audio call, a phone (GSM) call, or a video call. */
export type OnlineService = 'audio' | 'phone' | 'video';
/** Who ends the session: the platform at the deadline, or the expert after being notified. */
export type EndMode = 'automatic' | 'by_expert';
/** When the session ends: at the booked end, or once the full duration has been used. */
export type EndTiming = 'scheduled_end' | 'full_duration';

export const APPOINTMENT_TYPES: readonly AppointmentType[] = ['online', 'face_to_face'];
export const ONLINE_SERVICES: readonly OnlineService[] = ['audio', 'phone', 'video'];
export const END_MODES: readonly EndMode[] = ['automatic', 'by_expert'];
export const END_TIMINGS: readonly EndTiming[] = ['scheduled_end', 'full_duration'];

/** Limits of the package's numeric and text fields, for forms and messages. */
export const PACKAGE_LIMITS = Object.freeze({
  durationMinutes: { min: 5, max: 480 },
  fee: { min: 0 },
  credits: { min: 1 },
  sessions: { min: 1, max: 100 },
  breakMinutes: { min: 0, max: 240 },
  listingOrder: { min: 0 },
  title: { min: 1, max: 120 },
  description: { min: 0, max: 2000 },
} as const);

/** The fields an admin writes when creating a package. */
export interface AppointmentPackageInput {
  appointmentType: AppointmentType;
  /** The online service; `null` for a face-to-face meeting. */
  service: OnlineService | null;
  /** Minutes of one session, integer 5–480. */
  durationMinutes: number;
  /** Price in the smallest unit of `currency` (cents; yen have none), integer ≥ 0. */
  fee: number;
  /** Price in credits, integer ≥ 1, or `null` when the package is not sold for credits. */
  credits: number | null;
  /** Sessions included, integer 1–100. */
  sessions: number;
  /** Rest after each session in minutes, integer 0–240. */
  breakMinutes: number;
  /** ISO 3166-1 alpha-2 country the package is sold in, e.g. `"DE"`. */
  country: string;
  /** ISO 4217 currency the package is sold in, e.g. `"EUR"`. */
  currency: string;
  /** Position on the expert page, ascending top to bottom, integer ≥ 0. */
  listingOrder: number;
  endMode: EndMode;
  endTiming: EndTiming;
  /** Plain text, 1–120 characters after trimming. */
  title: string;
  /** Plain text, 0–2000 characters. */
  description: string;
}

/** A stored package as the server returns it. */
export interface AppointmentPackage extends AppointmentPackageInput {
  /** Server-assigned id. */
  id: string;
  expertId: string;
  /** Server-managed, +1 on every change; sent back as `If-Match` for optimistic concurrency. */
  version: number;
}

/** One field-level problem, as validation and the server's problem answers report it. */
export interface FieldError {
  /** The field's wire name, e.g. `"durationMinutes"`. */
  field: string;
  /** A stable machine code, e.g. `"too_small"`. */
  code: string;
  /** A human-readable English sentence naming the field and what is wrong. */
  message: string;
}

/** The result of a validation: the normalized value, or every problem found at once. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
