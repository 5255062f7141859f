import { plural } from '../../../core/plural.js';
import type { SlotPickerTerms } from './terms.js';

/** "2 of 3 sessions chosen": plural-aware in the total. */
const sessionsChosen = plural('en', { one: '{chosen} of # session chosen', other: '{chosen} of # sessions chosen' });

/** The slot picker's texts in English. */
export const en: SlotPickerTerms = {
  $code: 'en',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  loadingTimes: 'Loading available times…',
  noTimesInMonth: (month) => `No times are available in ${month}.`,
  nextAvailable: (date) => `Next available: ${date}`,
  pickDay: 'Choose a day to see its times.',
  timesOn: (date) => `Times on ${date}`,
  timeZoneLabel: 'Time zone',
  suggestedTimeZones: 'Suggested',
  allTimeZones: 'All time zones',
  expertTimeZone: (zone) => `The expert’s time zone is ${zone}.`,
  timesAvailable: plural('en', { one: '# time available', other: '# times available' }),
  noTimes: 'no times available',
  selectionLabel: 'Your sessions',
  chosenCount: (chosen, total) => sessionsChosen(total, { chosen }),
  noneChosen: 'No time chosen yet.',
  allChosen: 'Every session has a time.',
  bookRestLater: 'You can book the remaining sessions later.',
  removeTime: (time) => `Remove ${time}`,
  slotsErrorTitle: 'The available times could not be loaded.',
  slotsErrorNotFound: 'This expert or package could not be found.',
  slotsErrorAccess: 'This website is not allowed to show these times (unknown key or website not on the allow-list).',
};
