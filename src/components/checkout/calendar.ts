import type { Booking, Expert } from '../../client/types.js';
import { calendarFile } from '../../core/ics.js';
import type { AppointmentPackage } from '../../core/package.js';
import { callLink } from './call-link.js';
import type { CheckoutTerms } from './i18n/terms.js';
import { isCall } from './place.js';

/** The `.ics` download of booked sessions. */
export interface CalendarDownload {
  /** A `blob:` URL; revoke it with `URL.revokeObjectURL` when the confirmation goes. */
  href: string;
  fileName: string;
}

/** What the calendar entries say besides the times. */
export interface CalendarSource {
  /** The package's title: each entry's summary and the file's name. */
  title: string;
  /** The package, when known: its description, and whether its sessions are calls or in person, and where. */
  package: Pick<AppointmentPackage, 'description' | 'appointmentType' | 'service' | 'location'> | undefined;
  /** The expert, when known: named in each description. */
  expert: Pick<Expert, 'name'> | undefined;
  /** The host's call page (checked https), for each session's call link. */
  joinUrl: string | undefined;
  /** The texts, in the visitor's language. */
  t: Pick<CheckoutTerms, 'places' | 'calendarExpert' | 'calendarCallLink'>;
}

/**
 * Where a session happens, in words: "Video call", "Phone call", a face-to-face meeting's address,
 * else "In person"; `undefined` when the package is unknown.
 */
export function placeOf(pkg: CalendarSource['package'], t: CalendarSource['t']): string | undefined {
  if (!pkg) return undefined;
  return isCall(pkg) ? t.places[pkg.service ?? 'video'] : pkg.location || t.places.in_person;
}

/**
 * The calendar file of `bookings` as a download, or `undefined` without bookings. Each entry has
 * the package's description, the expert and the call link as its DESCRIPTION; the call link is its
 * LOCATION and URL, or without one the kind of session ("Video call") its LOCATION; a face-to-face
 * meeting's LOCATION is its address, else "In person", and it has no call link.
 */
export function createCalendarDownload(source: CalendarSource, bookings: readonly Booking[]): CalendarDownload | undefined {
  if (!bookings.length) return undefined;
  const { title, package: pkg, expert, joinUrl, t } = source;
  const calls = isCall(pkg);
  const place = placeOf(pkg, t);
  const ics = calendarFile(
    bookings.map((booking) => {
      const link = calls && joinUrl ? callLink(joinUrl, booking.id, booking.joinToken) : undefined;
      const description = [pkg?.description.trim(), expert ? t.calendarExpert(expert.name) : '', link ? t.calendarCallLink(link) : '']
        .filter(Boolean)
        .join('\n');
      const location = link ?? place;
      return {
        uid: `${booking.id}@apptkit`,
        start: booking.start,
        end: booking.end,
        title,
        ...(description ? { description } : {}),
        ...(location ? { location } : {}),
        ...(link ? { url: link } : {}),
      };
    }),
  );
  return {
    href: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })),
    fileName: `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'booking'}.ics`,
  };
}
