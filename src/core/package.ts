/**
 * The appointment package: what an expert sells. One package grants `sessions` session
 * entitlements; fee and credits are two prices of the same package. The package's shape is the
 * wire's, generated from openapi.yaml (src/wire): one declaration for the domain and the API.
 */
import type * as Wire from '../wire/index.js';

/** Where the session happens. */
export type AppointmentType = Wire.AppointmentType;
/** How an online session is held: an in-platform audio call, a phone (GSM) call, or a video call. */
export type OnlineService = Wire.OnlineService;
/** Who ends the session: the platform at the deadline, or the expert after being notified. */
export type EndMode = Wire.EndMode;
/** When the session ends: at the booked end, or once the full duration has been used. */
export type EndTiming = Wire.EndTiming;

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
  location: { min: 1, max: 300 },
} as const);

/**
 * The fields an admin writes when creating a package (openapi.yaml's `AppointmentPackageInput`):
 * `appointmentType`, `service` (`null` for a face-to-face meeting), the optional `location` of a
 * face-to-face meeting (an address, 1–300 characters; none for an online one), `durationMinutes` (integer
 * 5–480), `fee` (smallest unit of `currency`, integer ≥ 0), `credits` (integer ≥ 1, or `null` when
 * not sold for credits), `sessions` (1–100), `breakMinutes` (0–240), `country` (ISO 3166-1
 * alpha-2), `currency` (ISO 4217), `listingOrder` (integer ≥ 0), `endMode`, `endTiming`, `title`
 * (1–120 characters after trimming) and `description` (0–2000 characters).
 */
export type AppointmentPackageInput = Wire.AppointmentPackageInput;

/**
 * A stored package as the server returns it: the input plus its server-assigned `id`, its
 * `expertId` and its `version` (+1 on every change; sent back as `If-Match`).
 */
export type AppointmentPackage = Wire.AppointmentPackage;

/**
 * One field-level problem, as validation and the server's problem answers report it: the field's
 * wire name (e.g. `"durationMinutes"`), a stable machine `code` (e.g. `"too_small"`) and a
 * human-readable English `message` naming the field and what is wrong.
 */
export type FieldError = Wire.FieldError;

/** The result of a validation: the normalized value, or every problem found at once. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
