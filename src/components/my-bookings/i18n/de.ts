import { plural } from '../../../core/plural.js';
import type { MyBookingsTerms } from './terms.js';

/** "2 von 3 Sitzungen übrig": plural-aware in the total. */
const sessionsLeft = plural('de', { one: '{left} von # Sitzung übrig', other: '{left} von # Sitzungen übrig' });

/** The texts of "my bookings" in German. */
export const de: MyBookingsTerms = {
  $code: 'de',
  myBookingsSignIn: 'Melden Sie sich an, um Ihre Buchungen zu sehen und Ihre Sitzungen zu planen.',
  myBookingsLoading: 'Ihre Buchungen werden geladen …',
  myBookingsUpcoming: 'Anstehende Sitzungen',
  myBookingsNone: 'Keine anstehenden Buchungen.',
  myBookingsToSchedule: 'Noch zu planende Sitzungen',
  myBookingsTimesIn: (zone) => `Zeiten in ${zone}.`,
  myBookingsUnknownPackage: 'Ein nicht mehr angebotenes Paket',
  myBookingsCannotSchedule:
    'Dieses Paket wird nicht mehr angeboten, daher können seine Sitzungen hier nicht geplant werden. Bitte wenden Sie sich an die Expertin oder den Experten.',
  myBookingsJoin: 'Teilnehmen',
  myBookingsJoinOpensAt: (time) => `Teilnahme ab ${time} Uhr möglich.`,
  myBookingsCallFailed: 'Der Anruf konnte nicht geöffnet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  myBookingsCallLabel: (title) => `Anruf: ${title}`,
  myBookingsSessionsLeft: (left, total) => sessionsLeft(total, { left }),
  myBookingsSchedule: 'Termine wählen',
  myBookingsClose: 'Schließen',
  myBookingsScheduleLabel: (title) => `Termine für ${title} wählen`,
  myBookingsBookNothing: 'Buchen',
  myBookingsBook: plural('de', { one: '# Sitzung buchen', other: '# Sitzungen buchen' }),
  myBookingsBooking: 'Wird gebucht …',
  myBookingsBooked: plural('de', { one: '# Sitzung gebucht.', other: '# Sitzungen gebucht.' }),
  myBookingsBookErrorTitle: 'Die Buchung ist nicht zustande gekommen.',
  myBookingsSlotTaken: 'Diese Uhrzeit wurde gerade vergeben. Bitte wählen Sie eine andere; Ihre übrigen Zeiten bleiben erhalten.',
  myBookingsBookRefused: 'Diese Zeiten können nicht mehr gebucht werden. Bitte wählen Sie andere.',
  myBookingsErrorTitle: 'Ihre Buchungen konnten nicht geladen werden.',
  myBookingsErrorAccess: 'Diese Website darf Ihre Buchungen nicht anzeigen (unbekannter Schlüssel oder Website nicht freigegeben).',
};
