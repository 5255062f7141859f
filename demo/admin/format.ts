/** Times and places as the admin reads them: times in the browser's own zone, with the zone named; countries by name. */

/** The browser's own zone: the admin's. */
export const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An instant in `timeZone` (the admin's by default) with the zone's short name, e.g. "Dec 2, 2026, 17:04 GMT+1". */
export function formatInstant(iso: string, timeZone: string = LOCAL_ZONE): string {
  return new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The wall-clock time of an instant in the admin's zone, e.g. "17:50". */
export function formatTimeOfDay(iso: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: LOCAL_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A span of time in the admin's zone, each end kept on one line: "Mar 1, 2027, 10:00 GMT+1 – Apr 1, 2027, 00:00 GMT+2". */
export function formatSpan(startIso: string, endIso: string): HTMLSpanElement {
  const span = document.createElement('span');
  const end = (iso: string) => Object.assign(document.createElement('span'), { className: 'nowrap', textContent: formatInstant(iso) });
  span.append(end(startIso), ' – ', end(endIso));
  return span;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A country by its name and code, e.g. "United States (US)"; the code alone when it has no name. */
export function formatCountry(code: string): string {
  const name = regionNames.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
