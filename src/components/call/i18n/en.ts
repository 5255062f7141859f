import { plural } from '../../../core/plural.js';
import type { CallTerms } from './terms.js';

/** The call launcher's texts in English. */
export const en: CallTerms = {
  $code: 'en',
  callLabel: 'Session call',
  callJoin: 'Join the call',
  callRejoin: 'Join again',
  callJoining: 'Joining…',
  callLeave: 'Leave the call',
  callEnd: 'End the session',
  callOpensAt: (time) => `The call opens at ${time}.`,
  callOpensIn: (duration) => `Opens in ${duration}`,
  callTimeLeft: (duration) => `${duration} left`,
  callStopsIn: (duration) => `The call stops in ${duration}`,
  callMinutesLeft: plural('en', { one: '# minute left', other: '# minutes left' }),
  callWaitingForClient: 'The session’s time starts when the client joins.',
  callTimeUpExpert: 'Time is up. Please end the session.',
  callTimeUpClient: 'Time is up. The expert will end the session shortly.',
  callEndedTitle: 'The session has ended.',
  callEnded: {
    deadline: 'The session ended at its scheduled time.',
    expert: 'The expert ended the session.',
    hard_stop: 'The session reached its time limit and was stopped.',
    left: 'You left the call. You can join again while the session lasts.',
  },
  callEjected: 'You were removed from the call.',
  callNetworkLost: 'Connection lost. Reconnecting…',
  callPermissionDenied: (video) =>
    `Your browser blocked the ${video ? 'camera and microphone' : 'microphone'}. Allow access with the icon in the address bar or in the site settings, then join again.`,
  callDeviceProblem: 'Your camera or microphone is missing or used by another app. Close the other app, then join again.',
  callPhone: {
    dialing: 'We are calling your phone…',
    connected: 'Your phone is connected.',
    failed: 'Your phone could not be reached.',
  },
  callTestMode: 'Test mode: no real call takes place.',
  callErrorTitle: 'The call could not be joined.',
  callErrorEnded: 'This session has already ended.',
  callErrorNotYours: 'This link or sign-in does not admit you to this session. Use the link from your confirmation e-mail.',
  callErrorNotFound: 'This booking could not be found.',
  callErrorBalance: 'The phone call cannot be placed right now. Please contact the expert.',
  callErrorStart: 'The call could not be started. Check your connection and try again.',
};
