import type { CallCredentials, CallParticipant } from '../../client/index.js';
import { zoneAttributeProblem } from '../customer/visitor-zone.js';

/** The attributes of `<appt-call>` that say whose call to join, and as whom. */
export interface CallSetup {
  tag: string;
  booking: string;
  participant: CallParticipant;
  joinToken: string;
  expertToken: string;
  timeZone: string;
}

/** The first set-up mistake, named for the site owner, or `''`. */
export function callSetupProblem(setup: CallSetup): string {
  const { tag } = setup;
  if (!setup.booking.trim()) return `<${tag}>: the "booking" attribute is required (the id of a booking).`;
  if (setup.participant !== 'client' && setup.participant !== 'expert') {
    return `<${tag}>: the "participant" attribute must be "client" or "expert" (got "${String(setup.participant)}").`;
  }
  if (setup.participant === 'expert' && !setup.expertToken.trim()) {
    return `<${tag}>: participant="expert" needs the "expert-token" attribute (minted by your backend).`;
  }
  return zoneAttributeProblem(tag, setup.timeZone);
}

/** The credentials the participant joins with: the expert's token, a guest's join token, or none (the customer session). */
export function callCredentials(setup: CallSetup): CallCredentials {
  if (setup.participant === 'expert') return { expertToken: setup.expertToken.trim() };
  const joinToken = setup.joinToken.trim();
  return joinToken ? { joinToken } : {};
}
