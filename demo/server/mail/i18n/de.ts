import { plural } from '../../../../src/core/plural.js';
import type { MailTerms } from './terms.js';

/** The e-mails in German. */
export const de: MailTerms = {
  $code: 'de',
  $dir: 'ltr',
  $intl: 'de-DE',
  greeting: (name) => (name === '' ? 'Hallo,' : `Hallo ${name},`),
  orderSubject: (title) => `Bestellung bestätigt: ${title}`,
  orderIntro: (title, expert) => `vielen Dank für Ihre Bestellung. Ihr Kauf von „${title}“ bei ${expert} ist bestätigt.`,
  orderNumberLabel: 'Bestellnummer',
  amountLabel: 'Betrag',
  methodLabel: 'Zahlungsart',
  packageLabel: 'Paket',
  method: { card: 'Karte', credits: 'Credits', free: 'Kostenlos' },
  free: 'Kostenlos',
  credits: plural('de', { one: '# Credit', other: '# Credits' }),
  couponLabel: 'Gutschein',
  giftCredits: plural('de', { one: '+# geschenkter Credit', other: '+# geschenkte Credits' }),
  sessions: plural('de', { one: '# Sitzung', other: '# Sitzungen' }),
  bookedHeading: plural('de', { one: 'Ihre gebuchte Sitzung:', other: 'Ihre gebuchten Sitzungen:' }),
  sessionsLater: plural('de', {
    one: 'Noch # Sitzung zum späteren Buchen: Buchen Sie sie auf der Website, auf der Sie dieses Paket gekauft haben.',
    other: 'Noch # Sitzungen zum späteren Buchen: Buchen Sie sie auf der Website, auf der Sie dieses Paket gekauft haben.',
  }),
  session: (index) => `Sitzung ${index}`,
  joinCall: 'Zum Anruf',
  joinWithLinks: (minutes) =>
    `Der Beitritt ist ab ${minutes} Minuten vor jeder Sitzung möglich. Jeder Link gilt nur für seine Sitzung; geben Sie ihn nicht weiter.`,
  joinWithoutLinks: (minutes) =>
    `Treten Sie jeder Sitzung auf der Website bei, auf der Sie sie gebucht haben; der Beitritt ist ab ${minutes} Minuten vor Beginn möglich.`,
  bookingSubject: (title) => `Buchung bestätigt: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `Ihre Sitzung von „${title}“ bei ${expert} ist gebucht.` : `Ihre ${count} Sitzungen von „${title}“ bei ${expert} sind gebucht.`,
  signInSubject: 'Ihr Anmeldecode',
  signInCode: (code) => `Ihr Anmeldecode lautet ${code}.`,
  signInValidity: (minutes) => `Er ist ${minutes} Minuten gültig und funktioniert einmal. Geben Sie ihn dort ein, wo Sie die Anmeldung angefordert haben.`,
  signInIgnore: 'Wenn Sie keine Anmeldung angefordert haben, ignorieren Sie diese E-Mail: Ohne den Code kann sich niemand als Sie anmelden.',
};
