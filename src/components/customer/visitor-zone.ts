/**
 * The time zone the visitor chose, once, for every element of the tab: switching the zone in a
 * slot picker carries to the checkout, the confirmation, "my bookings", the call and the sign-in,
 * and to a picker opened later in the same tab. It is kept in the tab's sessionStorage (never
 * localStorage: a zone is the visitor's, not the device's), in memory where storage fails.
 *
 * The zone an element shows is, in order: its own `time-zone` attribute (the host's explicit
 * choice), the visitor's choice, the browser's zone ({@link shownZone}).
 */
import { isIanaZone } from '../../core/time-zone.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STORAGE_KEY = 'apptkit.visitorZone';

/** The page-wide event telling every element (of every copy of the widget on the page) that the visitor's zone changed. */
export const VISITOR_ZONE_EVENT = 'apptkit-visitor-zone';

/** The zone chosen on this page, for when storage fails. */
let memory: string | undefined;

/** Where the change event goes: the window, so two copies of the widget hear each other; an own target where there is none (Node). */
const fallbackTarget = new EventTarget();
const events = (): EventTarget =>
  typeof (globalThis as { addEventListener?: unknown }).addEventListener === 'function' ? (globalThis as unknown as EventTarget) : fallbackTarget;

/** The tab's sessionStorage, or `undefined` where a page may not use it (sandboxed frames, privacy modes). */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether `zone` is an IANA zone name this browser knows. */
export const isKnownZone = isIanaZone;

/** The browser's own time zone. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone the visitor chose in this tab, or `undefined` when they chose none (or what is stored is no zone). */
export function visitorZone(): string | undefined {
  let stored: string | null | undefined;
  try {
    stored = tabStorage()?.getItem(STORAGE_KEY);
  } catch {
    stored = undefined;
  }
  if (isKnownZone(stored)) return stored;
  return isKnownZone(memory) ? memory : undefined;
}

/**
 * Keeps `zone` as the visitor's choice for the tab and tells every element of the page.
 * @throws {RangeError} when `zone` is not an IANA time zone this browser knows.
 */
export function chooseVisitorZone(zone: string): void {
  if (!isKnownZone(zone)) throw new RangeError(`zone must be an IANA time zone such as "Europe/Berlin" (got ${JSON.stringify(zone)}).`);
  memory = zone;
  try {
    tabStorage()?.setItem(STORAGE_KEY, zone);
  } catch {
    // Storage full or refused: an older choice there must not win over this one.
    try {
      tabStorage()?.removeItem(STORAGE_KEY);
    } catch {
      // Memory alone, then, for this page.
    }
  }
  // Even when the zone is the same: a picker whose host set its zone follows the visitor's switch.
  events().dispatchEvent(new Event(VISITOR_ZONE_EVENT));
}

/**
 * Forgets the visitor's zone as a new page would start (tests use it): with `keepTab`, the tab's
 * stored zone stays, as after a reload; without, it goes too, as in a new tab.
 */
export function resetVisitorZone({ keepTab = false }: { keepTab?: boolean } = {}): void {
  memory = undefined;
  if (keepTab) return;
  try {
    tabStorage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored where nothing can be.
  }
}

/** The set-up mistake of an element's `time-zone` attribute, named for the site owner, or `''` when it is empty or a known zone. */
export function zoneAttributeProblem(tag: string, value: string): string {
  const zone = value.trim();
  return zone && !isKnownZone(zone)
    ? `<${tag}>: the "time-zone" attribute must be an IANA time zone such as "Europe/Berlin" (got "${value}").`
    : '';
}

/** The zone to show: `explicit` (an element's `time-zone`) when it is a known zone, else the visitor's choice, else the browser's. */
export function shownZone(explicit = ''): string {
  const zone = explicit.trim();
  return isKnownZone(zone) ? zone : (visitorZone() ?? browserZone());
}

/**
 * Gives its element the zone to show times in ({@link shownZone} of the element's `time-zone`)
 * and re-renders it when the visitor chooses another zone anywhere on the page; `onChange`, when
 * given, hears of each choice too.
 */
export class VisitorZoneController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly explicit: () => string = () => '',
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  /** The zone the element shows its times in. */
  get zone(): string {
    return shownZone(this.explicit());
  }

  hostConnected(): void {
    events().addEventListener(VISITOR_ZONE_EVENT, this.changed);
  }

  hostDisconnected(): void {
    events().removeEventListener(VISITOR_ZONE_EVENT, this.changed);
  }

  private readonly changed = (): void => {
    this.onChange?.();
    this.host.requestUpdate();
  };
}
