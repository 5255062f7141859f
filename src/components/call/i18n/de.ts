import { plural } from '../../../core/plural.js';
import type { CallTerms } from './terms.js';

/** The call launcher's texts in German. */
export const de: CallTerms = {
  $code: 'de',
  callLabel: 'Sitzungsanruf',
  callJoin: 'Anruf beitreten',
  callRejoin: 'Erneut beitreten',
  callJoining: 'Beitreten…',
  callLeave: 'Anruf verlassen',
  callEnd: 'Sitzung beenden',
  callOpensAt: (time) => `Der Anruf öffnet um ${time}.`,
  callOpensIn: (duration) => `Öffnet in ${duration}`,
  callTimeLeft: (duration) => `Noch ${duration}`,
  callStopsIn: (duration) => `Der Anruf endet in ${duration}`,
  callMinutesLeft: plural('de', { one: 'Noch # Minute', other: 'Noch # Minuten' }),
  callWaitingForClient: 'Die Zeit der Sitzung beginnt, sobald der Kunde beitritt.',
  callTimeUpExpert: 'Die Zeit ist um. Bitte beenden Sie die Sitzung.',
  callTimeUpClient: 'Die Zeit ist um. Der Experte beendet die Sitzung in Kürze.',
  callEndedTitle: 'Die Sitzung ist beendet.',
  callEnded: {
    deadline: 'Die Sitzung endete zur geplanten Zeit.',
    expert: 'Der Experte hat die Sitzung beendet.',
    hard_stop: 'Die Sitzung hat ihr Zeitlimit erreicht und wurde beendet.',
    left: 'Sie haben den Anruf verlassen. Solange die Sitzung läuft, können Sie erneut beitreten.',
  },
  callEjected: 'Sie wurden aus dem Anruf entfernt.',
  callNetworkLost: 'Verbindung unterbrochen. Verbindung wird wiederhergestellt…',
  callPermissionDenied: (video) =>
    `Ihr Browser hat ${video ? 'Kamera und Mikrofon' : 'das Mikrofon'} blockiert. Erlauben Sie den Zugriff über das Symbol in der Adressleiste oder in den Website-Einstellungen und treten Sie dann erneut bei.`,
  callDeviceProblem: 'Kamera oder Mikrofon fehlen oder werden von einer anderen App verwendet. Schließen Sie die andere App und treten Sie erneut bei.',
  callPhone: {
    dialing: 'Wir rufen Ihr Telefon an…',
    connected: 'Ihr Telefon ist verbunden.',
    failed: 'Ihr Telefon war nicht erreichbar.',
  },
  callTestMode: 'Testmodus: Es findet kein echter Anruf statt.',
  callErrorTitle: 'Dem Anruf konnte nicht beigetreten werden.',
  callErrorEnded: 'Diese Sitzung ist bereits beendet.',
  callErrorNotYours: 'Dieser Link oder diese Anmeldung gilt nicht für diese Sitzung. Verwenden Sie den Link aus Ihrer Bestätigungs-E-Mail.',
  callErrorNotFound: 'Diese Buchung wurde nicht gefunden.',
  callErrorBalance: 'Der Telefonanruf kann gerade nicht aufgebaut werden. Bitte wenden Sie sich an den Experten.',
  callErrorStart: 'Der Anruf konnte nicht gestartet werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};
