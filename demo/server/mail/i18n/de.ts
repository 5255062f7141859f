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
  addressLabel: 'Adresse',
  joinWithLinks: (minutes) =>
    `Der Beitritt ist ab ${minutes} Minuten vor jeder Sitzung möglich. Jeder Link gilt nur für seine Sitzung; geben Sie ihn nicht weiter.`,
  joinWithoutLinks: (minutes) =>
    `Treten Sie jeder Sitzung auf der Website bei, auf der Sie sie gebucht haben; der Beitritt ist ab ${minutes} Minuten vor Beginn möglich.`,
  bookingSubject: (title) => `Buchung bestätigt: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `Ihre Sitzung von „${title}“ bei ${expert} ist gebucht.` : `Ihre ${count} Sitzungen von „${title}“ bei ${expert} sind gebucht.`,
  manageBooking: 'Verschieben oder stornieren',
  cancelSubject: (title) => `Sitzung storniert: ${title}`,
  cancelIntro: (title, expert, by) =>
    by === 'customer' ? `Ihre Sitzung von „${title}“ bei ${expert} ist wie gewünscht storniert:` : `Es tut uns leid: Ihre Sitzung von „${title}“ bei ${expert} wurde abgesagt:`,
  sessionReturned: (returned) =>
    returned
      ? 'Die Sitzung ist Ihrem Paket wieder gutgeschrieben: Buchen Sie einen neuen Termin auf der Website, auf der Sie es gekauft haben.'
      : 'Die Sitzung wurde Ihrem Paket nicht wieder gutgeschrieben.',
  reasonLabel: 'Grund',
  rescheduleSubject: (title) => `Sitzung verschoben: ${title}`,
  rescheduleIntro: (title, expert) => `Ihre Sitzung von „${title}“ bei ${expert} wurde verschoben.`,
  newTimeLabel: 'Neuer Termin',
  previousTimeLabel: 'Bisher',
  rescheduleLinks: 'Die Links aus Ihrer Buchungsbestätigung gelten auch für den neuen Termin.',
  refundSubject: (title) => `Erstattung: ${title}`,
  refundIntro: (title, expert, scope) =>
    scope === 'full'
      ? `Ihr Kauf von „${title}“ bei ${expert} wurde erstattet.`
      : `Die nicht genutzten Sitzungen Ihres Kaufs von „${title}“ bei ${expert} wurden erstattet.`,
  refundAmountLabel: 'Erstattet',
  refundToLabel: 'Erstattet auf',
  refundDateLabel: 'Datum',
  refundSessionsLabel: 'Erstattete Sitzungen',
  refundTo: {
    card: 'Die Karte, mit der Sie bezahlt haben (die Gutschrift kann einige Werktage dauern)',
    credits: 'Ihr Credit-Guthaben',
    none: 'Nichts zu erstatten: Es wurde nichts bezahlt',
  },
  refundCancelledHeading: plural('de', {
    one: 'Diese gebuchte Sitzung ist mit der Erstattung storniert:',
    other: 'Diese gebuchten Sitzungen sind mit der Erstattung storniert:',
  }),
  creditReceiptSubject: (title) => `Beleg: ${title}`,
  creditReceiptIntro: (title) => `vielen Dank für Ihren Kauf. Die Credits aus „${title}“ sind Ihrem Guthaben gutgeschrieben.`,
  creditsAddedLabel: 'Gutgeschriebene Credits',
  balanceLabel: 'Neues Guthaben',
  purchaseDateLabel: 'Datum',
  campaignLabel: 'Aktion',
  reminderSubject: (title) => `Erinnerung: ${title}`,
  reminderIn: {
    days: plural('de', { one: 'in # Tag', other: 'in # Tagen' }),
    hours: plural('de', { one: 'in # Stunde', other: 'in # Stunden' }),
    minutes: plural('de', { one: 'in # Minute', other: 'in # Minuten' }),
  },
  reminderIntro: (title, expert, when) => `Ihre Sitzung von „${title}“ bei ${expert} beginnt ${when}:`,
  inPerson: (expert, atAddress) =>
    atAddress
      ? `Sie treffen ${expert} persönlich an dieser Adresse; es gibt keinen Anruf.`
      : `Sie treffen ${expert} persönlich, am bei der Buchung vereinbarten Ort; es gibt keinen Anruf.`,
  signInSubject: 'Ihr Anmeldecode',
  signInCode: (code) => `Ihr Anmeldecode lautet ${code}.`,
  signInValidity: (minutes) => `Er ist ${minutes} Minuten gültig und funktioniert einmal. Geben Sie ihn dort ein, wo Sie die Anmeldung angefordert haben.`,
  signInIgnore: 'Wenn Sie keine Anmeldung angefordert haben, ignorieren Sie diese E-Mail: Ohne den Code kann sich niemand als Sie anmelden.',
};
