import type { Translation } from '../translation.js';
import { plural } from '../../core/plural.js';

/** English, the fallback of every other language. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  packagesLabel: 'Appointment packages',
  loading: 'Loading packages…',
  empty: 'No packages are available yet.',
  choose: 'Choose',
  retry: 'Try again',
  errorTitle: 'The packages could not be loaded.',
  errorNetwork: 'The server could not be reached. Check your connection and try again.',
  errorAccess: 'This website is not allowed to show these packages (unknown key or website not on the allow-list).',
  errorNotFound: 'This expert could not be found.',
  errorConfig: 'This booking widget is not set up correctly.',
  errorOther: 'Something went wrong on our side. Please try again in a moment.',
  errorReference: 'Reference',
  typeLabel: 'Type',
  durationLabel: 'Duration',
  sessionsLabel: 'Sessions',
  breakLabel: 'Break',
  noBreak: 'None',
  appointmentType: { online: 'Online', face_to_face: 'Face to face' },
  service: { audio: 'Audio call', phone: 'Phone call', video: 'Video call' },
  free: 'Free',
  sessions: plural('en', { one: '# session', other: '# sessions' }),
  credits: plural('en', { one: 'or # credit', other: 'or # credits' }),
};
