import type { AppointmentType, OnlineService } from '../core/package.js';

/** Text direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The texts every apptkit element shares in one language: the package list, the load errors and
 * the package facts. Elements loaded later carry their own term sets (see {@link Catalog}).
 * Terms that depend on a count are functions, so each language applies its own plural rules
 * (see {@link plural}).
 */
export interface Translation {
  /** Base language subtag this translation serves, lowercase, e.g. `"de"`. */
  readonly $code: string;
  /** The language's own name, e.g. `"Deutsch"`. */
  readonly $name: string;
  /** Writing direction of the language. */
  readonly $dir: TextDirection;

  /** Accessible name of the package list. */
  packagesLabel: string;
  /** Announced while packages load. */
  loading: string;
  /** Shown when the expert offers no package. */
  empty: string;
  /** The visible text of a package's select button. */
  choose: string;
  /** The retry button after a failed load. */
  retry: string;

  /** Error title shown above every failed load. */
  errorTitle: string;
  /** The browser could not reach the server (offline, DNS, CORS, timeout). */
  errorNetwork: string;
  /** The key is missing or invalid, or this site's origin is not on the key's allow-list (401/403). */
  errorAccess: string;
  /** The expert does not exist (404). */
  errorNotFound: string;
  /** The element is set up wrongly (a missing or invalid attribute). */
  errorConfig: string;
  /** Anything else: a server failure or an unexpected answer. */
  errorOther: string;
  /** Prefix of the support reference shown with server errors, e.g. `"Reference"`. */
  errorReference: string;

  /** Label of the "how" row. */
  typeLabel: string;
  /** Label of the duration row. */
  durationLabel: string;
  /** Label of the sessions row. */
  sessionsLabel: string;
  /** Label of the break row. */
  breakLabel: string;
  /** Value of the break row when there is no break. */
  noBreak: string;
  /** Names of the appointment types. */
  appointmentType: Record<AppointmentType, string>;
  /** Names of the online services. */
  service: Record<OnlineService, string>;

  /** The price of a package whose fee is 0. */
  free: string;
  /** "3 sessions", plural-aware. */
  sessions(count: number): string;
  /** "or 5 credits": the credits price next to the fee, plural-aware. */
  credits(count: number): string;
}

