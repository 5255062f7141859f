import { plural } from '../../../core/plural.js';
import type { CreditsTerms } from './terms.js';

const credits = plural('de', { one: '# Credit', other: '# Credits' });

/** The texts of `<appt-credits>` in German. */
export const de: CreditsTerms = {
  $code: 'de',
  creditsLabel: 'Credits kaufen',
  creditsSignIn: 'Melden Sie sich an, um Ihr Guthaben zu sehen und Credits zu kaufen.',
  creditsLoading: 'Ihr Guthaben und die Credit-Pakete werden geladen …',
  creditsBalance: (count) => `Ihr Guthaben: ${credits(count)}`,
  creditsOffersLegend: 'Wählen Sie ein Credit-Paket',
  creditsAmount: credits,
  creditsEmpty: 'Derzeit werden keine Credit-Pakete angeboten.',
  creditsErrorTitle: 'Ihre Credits konnten nicht geladen werden.',
  creditsCardLegend: 'Karte',
  creditsCardLoading: 'Das sichere Kartenformular wird geladen …',
  creditsCardUnavailable: 'Das Kartenformular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  creditsTestMode: 'Testmodus: Es fließt kein Geld. Wählen Sie, wie sich die Testkarte verhält.',
  creditsTestCards: {
    pm_card_visa: 'Testkarte, die gelingt',
    pm_card_declined: 'Testkarte, die abgelehnt wird',
    pm_card_authentication_required: 'Testkarte mit Bestätigung',
  },
  creditsPay: (price) => `${price} bezahlen`,
  creditsPaying: 'Zahlung läuft …',
  creditsAuthenticateTitle: 'Ihre Bank bittet Sie, diese Zahlung zu bestätigen.',
  creditsAuthenticateButton: 'Zahlung bestätigen (Test)',
  creditsCompleting: 'Ihr Kauf wird abgeschlossen …',
  creditsWasNow: (was, now) => `vorher ${was}, jetzt ${now}`,
  creditsCampaignEnds: (when) => `Endet am ${when}`,
  creditsPurchased: (added, balance, charged) => `${credits(added)} für ${charged} gutgeschrieben; Ihr Guthaben beträgt ${credits(balance)}.`,
  creditsErrorDeclined: 'Ihre Karte wurde abgelehnt. Es wurde nichts abgebucht und nichts gutgeschrieben; versuchen Sie eine andere Karte.',
  creditsErrorAuthentication: 'Die Zahlung wurde nicht bestätigt. Es wurde nichts abgebucht; versuchen Sie es erneut.',
  creditsErrorNetwork: 'Der Server ist nicht erreichbar. Versuchen Sie es erneut: Es wird nicht doppelt abgebucht.',
  creditsErrorSignIn: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',
  creditsErrorUnavailable: 'Dieses Credit-Paket wird nicht mehr angeboten. Es wurde nichts abgebucht; bitte wählen Sie ein anderes.',
  creditsErrorOther: 'Etwas ist schiefgegangen. Es wurde nichts abgebucht; bitte versuchen Sie es erneut.',
};
