/**
 * iCalendar (RFC 5545) files of booked sessions, so a confirmation can offer "Add to calendar".
 * Times are written in UTC (`…Z`), which every calendar converts to its viewer's zone correctly
 * across daylight-saving changes.
 */

/** One event of the calendar file. */
export interface CalendarEvent {
  /** Globally unique and stable (a booking id with the tenant's domain), so importing twice updates instead of duplicating. */
  uid: string;
  /** ISO-8601 instants. */
  start: string;
  end: string;
  /** One line of plain text. */
  title: string;
  /** Plain text, may have several lines. */
  description?: string;
  /** An absolute link about the event (e.g. the call page); written as a URI, never escaped. */
  url?: string;
  /** Where it happens, as plain text: a call link, or e.g. "Video call" or an address. */
  location?: string;
}

/** `20270314T150000Z`: RFC 5545's UTC date-time form. */
export function icsDateTime(instant: string | number | Date): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}.`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI value (RFC 5545 §3.3.13): absolute, without spaces or control characters, which no escape can carry. */
function uri(uid: string, value: string): string {
  // eslint-disable-next-line no-control-regex -- refusing control characters is this pattern's job
  if (/[\s\u0000-\u001f\u007f]/.test(value) || !isAbsoluteUrl(value)) {
    throw new RangeError(`Event ${uid}: url must be an absolute URL without spaces or line breaks (got ${JSON.stringify(value)}).`);
  }
  return value;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // Continuation lines start with a space.
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A calendar file with one VEVENT per event, lines ending in CRLF, each folded at 75 octets.
 * TEXT values (title, description, location) are escaped; `now` stamps DTSTAMP. Throws a
 * `RangeError` naming the event for an end before its start or a `url` that is not an absolute URL.
 *
 * @example
 * const ics = calendarFile([{ uid: 'bkg_1@example.com', start, end, title: 'Coaching' }]);
 * const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
 */
export function calendarFile(events: readonly CalendarEvent[], now: Date = new Date()): string {
  const stamp = icsDateTime(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//apptkit//booking//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    if (Date.parse(event.end) <= Date.parse(event.start)) {
      throw new RangeError(`Event ${event.uid} ends (${event.end}) before it starts (${event.start}).`);
    }
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsDateTime(event.start)}`,
      `DTEND:${icsDateTime(event.end)}`,
      `SUMMARY:${text(event.title)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
    if (event.location) lines.push(`LOCATION:${text(event.location)}`);
    if (event.url) lines.push(`URL:${uri(event.uid, event.url)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
