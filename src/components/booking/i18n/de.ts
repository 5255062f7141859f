import { plural } from '../../../core/plural.js';
import type { BookingTerms } from './terms.js';

/** The booking flow's texts in German. */
export const de: BookingTerms = {
  $code: 'de',
  bookingLabel: 'Termin buchen',
  steps: { packages: 'Paket', times: 'Termine', payment: 'Bezahlung', done: 'Bestätigung' },
  stepOf: (step, total, name) => `Schritt ${step} von ${total}: ${name}`,
  backToPackages: 'Zurück zu den Paketen',
  changeTimes: 'Termine ändern',
  continueWith: plural('de', { one: 'Weiter mit # Termin', other: 'Weiter mit # Terminen' }),
  continueWithout: 'Weiter und Termine später wählen',
  reserving: 'Ihre Termine werden reserviert …',
  timeTaken: 'Jemand hat gerade einen dieser Termine gebucht. Die Termine wurden aktualisiert; bitte wählen Sie erneut.',
  holdFailed: 'Ihre Termine konnten nicht reserviert werden. Bitte versuchen Sie es erneut.',
  chooseAgain: 'Einer Ihrer Termine ist nicht mehr frei. Es wurde nichts abgebucht; bitte wählen Sie erneut.',
  bookAnother: 'Weiteren Termin buchen',
};
