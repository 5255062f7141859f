import { plural } from '../../../core/plural.js';
import type { SlotPickerTerms } from './terms.js';

/** "2 of 3 sessions chosen": plural-aware in the total. */
const sessionsChosen = plural('de', { one: '{chosen} von # Sitzung gewählt', other: '{chosen} von # Sitzungen gewählt' });

/** The slot picker's texts in German. */
export const de: SlotPickerTerms = {
  $code: 'de',
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  loadingTimes: 'Freie Termine werden geladen …',
  noTimesInMonth: (month) => `Im ${month} sind keine Termine frei.`,
  nextAvailable: (date) => `Nächster freier Termin: ${date}`,
  pickDay: 'Wählen Sie einen Tag, um seine Uhrzeiten zu sehen.',
  timesOn: (date) => `Uhrzeiten am ${date}`,
  timeZoneLabel: 'Zeitzone',
  suggestedTimeZones: 'Vorgeschlagen',
  allTimeZones: 'Alle Zeitzonen',
  expertTimeZone: (zone) => `Die Zeitzone der Expertin oder des Experten ist ${zone}.`,
  timesAvailable: plural('de', { one: '# freier Termin', other: '# freie Termine' }),
  noTimes: 'keine freien Termine',
  selectionLabel: 'Ihre Sitzungen',
  chosenCount: (chosen, total) => sessionsChosen(total, { chosen }),
  noneChosen: 'Noch keine Uhrzeit gewählt.',
  allChosen: 'Alle Sitzungen haben eine Uhrzeit.',
  bookRestLater: 'Die übrigen Sitzungen können Sie später buchen.',
  removeTime: (time) => `${time} entfernen`,
  slotsErrorTitle: 'Die freien Termine konnten nicht geladen werden.',
  slotsErrorNotFound: 'Diese Expertin, dieser Experte oder dieses Paket wurde nicht gefunden.',
  slotsErrorAccess: 'Diese Website darf diese Termine nicht anzeigen (unbekannter Schlüssel oder Website nicht freigegeben).',
};
