import type { CallEndReason } from '../../../core/session/machine.js';
import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-call>` in one language, beside the shared {@link Translation}. */
export interface CallTerms extends TermSet {
  /** Accessible name of the call launcher. */
  callLabel: string;
  /** The button joining the call. */
  callJoin: string;
  /** The button joining again after leaving, an ejection or a lost call. */
  callRejoin: string;
  /** Shown while joining. */
  callJoining: string;
  /** The button leaving the call (the session goes on; one may rejoin). */
  callLeave: string;
  /** The expert's button ending the session for both. */
  callEnd: string;
  /** Before the call opens; `time` is e.g. "10:50 AM". */
  callOpensAt(time: string): string;
  /** The countdown until the call opens; `duration` is e.g. "04:59". */
  callOpensIn(duration: string): string;
  /** The countdown to the deadline; `duration` is e.g. "12:34". */
  callTimeLeft(duration: string): string;
  /** By-expert overtime, the countdown to the hard stop; `duration` is e.g. "09:59". */
  callStopsIn(duration: string): string;
  /** Announced at the countdown's milestones, plural-aware. */
  callMinutesLeft(minutes: number): string;
  /** Call (full duration): the session's clock starts when the client joins. */
  callWaitingForClient: string;
  /** The expert's notice at the deadline of a by-expert session. */
  callTimeUpExpert: string;
  /** The client's notice at the deadline of a by-expert session. */
  callTimeUpClient: string;
  /** Heading once the session is over for this participant. */
  callEndedTitle: string;
  /** Why it ended: at the deadline, by the expert, at the hard stop, or this participant left. */
  callEnded: Record<CallEndReason, string>;
  /** The provider removed this participant from the call. */
  callEjected: string;
  /** The banner while the connection is lost. */
  callNetworkLost: string;
  /** The camera or microphone was blocked; `video` when the camera was asked for too. */
  callPermissionDenied(video: boolean): string;
  /** The camera or microphone is missing or used by another app. */
  callDeviceProblem: string;
  /** Phone packages, the server's dial-out to the client's phone. */
  callPhone: Record<'dialing' | 'connected' | 'failed', string>;
  /** The reference server's offline test provider is in use: no real call. */
  callTestMode: string;
  /** Error title when joining failed. */
  callErrorTitle: string;
  /** The session is over (410). */
  callErrorEnded: string;
  /** The link or sign-in does not admit this person to this booking (401/403). */
  callErrorNotYours: string;
  /** The booking does not exist (404). */
  callErrorNotFound: string;
  /** The phone call cannot be placed (402, the tenant's phone balance). */
  callErrorBalance: string;
  /** The video software could not be loaded or started. */
  callErrorStart: string;
}
