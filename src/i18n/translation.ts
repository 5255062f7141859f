import type { AppointmentType, OnlineService } from '../core/package.js';
import type { CallEndReason } from '../core/session/machine.js';

/** Text direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Every user-visible string of apptkit in one language. Terms that depend on a count are
 * functions, so each language applies its own plural rules (see {@link plural}).
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

  /** Slot picker: the button showing the month before. */
  previousMonth: string;
  /** Slot picker: the button showing the month after. */
  nextMonth: string;
  /** Slot picker: announced while a month's times load. */
  loadingTimes: string;
  /** Slot picker: a month without any time; `month` is e.g. "October 2026". */
  noTimesInMonth(month: string): string;
  /** Slot picker: the button jumping to the next day with times; `date` is e.g. "Tue, Nov 3". */
  nextAvailable(date: string): string;
  /** Slot picker: the hint before a day is chosen. */
  pickDay: string;
  /** Slot picker: heading of a day's times; `date` is e.g. "Saturday, October 24". */
  timesOn(date: string): string;
  /** Slot picker: label of the time zone switcher. */
  timeZoneLabel: string;
  /** Slot picker: shown when the times are not in the expert's zone; `zone` is its name. */
  expertTimeZone(zone: string): string;
  /** Slot picker: how many times a day offers (part of the day's accessible name), plural-aware. */
  timesAvailable(count: number): string;
  /** Slot picker: a day without times (part of the day's accessible name). */
  noTimes: string;
  /** Slot picker: heading of the chosen times. */
  selectionLabel: string;
  /** Slot picker: "2 of 3 sessions chosen", plural-aware in `total`. */
  chosenCount(chosen: number, total: number): string;
  /** Slot picker: shown while no time is chosen. */
  noneChosen: string;
  /** Slot picker: shown once every session has a time. */
  allChosen: string;
  /** Slot picker: shown while some sessions are still without a time. */
  bookRestLater: string;
  /** Slot picker: accessible name of the button removing a chosen time; `time` is e.g. "Sat, Oct 24, 10:00". */
  removeTime(time: string): string;
  /** Slot picker: error title when the times could not be loaded. */
  slotsErrorTitle: string;
  /** Slot picker: the expert or the package does not exist (404). */
  slotsErrorNotFound: string;
  /** Slot picker: the key is missing or invalid, or this site's origin is not allowed (401/403). */
  slotsErrorAccess: string;

  /** Call: accessible name of the call launcher. */
  callLabel: string;
  /** Call: the button joining the call. */
  callJoin: string;
  /** Call: the button joining again after leaving, an ejection or a lost call. */
  callRejoin: string;
  /** Call: shown while joining. */
  callJoining: string;
  /** Call: the button leaving the call (the session goes on; one may rejoin). */
  callLeave: string;
  /** Call: the expert's button ending the session for both. */
  callEnd: string;
  /** Call: before the call opens; `time` is e.g. "10:50 AM". */
  callOpensAt(time: string): string;
  /** Call: the countdown until the call opens; `duration` is e.g. "04:59". */
  callOpensIn(duration: string): string;
  /** Call: the countdown to the deadline; `duration` is e.g. "12:34". */
  callTimeLeft(duration: string): string;
  /** Call: by-expert overtime, the countdown to the hard stop; `duration` is e.g. "09:59". */
  callStopsIn(duration: string): string;
  /** Call: announced at the countdown's milestones, plural-aware. */
  callMinutesLeft(minutes: number): string;
  /** Call (full duration): the session's clock starts when the client joins. */
  callWaitingForClient: string;
  /** Call: the expert's notice at the deadline of a by-expert session. */
  callTimeUpExpert: string;
  /** Call: the client's notice at the deadline of a by-expert session. */
  callTimeUpClient: string;
  /** Call: heading once the session is over for this participant. */
  callEndedTitle: string;
  /** Call: why it ended: at the deadline, by the expert, at the hard stop, or this participant left. */
  callEnded: Record<CallEndReason, string>;
  /** Call: the provider removed this participant from the call. */
  callEjected: string;
  /** Call: the banner while the connection is lost. */
  callNetworkLost: string;
  /** Call: the camera or microphone was blocked; `video` when the camera was asked for too. */
  callPermissionDenied(video: boolean): string;
  /** Call: the camera or microphone is missing or used by another app. */
  callDeviceProblem: string;
  /** Call: phone packages, the server's dial-out to the client's phone. */
  callPhone: Record<'dialing' | 'connected' | 'failed', string>;
  /** Call: the reference server's offline test provider is in use: no real call. */
  callTestMode: string;
  /** Call: error title when joining failed. */
  callErrorTitle: string;
  /** Call: the session is over (410). */
  callErrorEnded: string;
  /** Call: the link or sign-in does not admit this person to this booking (401/403). */
  callErrorNotYours: string;
  /** Call: the booking does not exist (404). */
  callErrorNotFound: string;
  /** Call: the phone call cannot be placed (402, the tenant's phone balance). */
  callErrorBalance: string;
  /** Call: the video software could not be loaded or started. */
  callErrorStart: string;
}
