import type { Translation } from '../translation.js';
import { plural } from '../../core/plural.js';

/** German. */
export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  packagesLabel: 'Terminpakete',
  loading: 'Pakete werden geladen …',
  empty: 'Es sind noch keine Pakete verfügbar.',
  choose: 'Auswählen',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Pakete konnten nicht geladen werden.',
  errorNetwork: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorAccess:
    'Diese Website darf diese Pakete nicht anzeigen (unbekannter Schlüssel oder Website nicht freigegeben).',
  errorNotFound: 'Diese Expertin oder dieser Experte wurde nicht gefunden.',
  errorConfig: 'Dieses Buchungs-Widget ist nicht richtig eingerichtet.',
  errorOther: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  errorReference: 'Referenz',
  typeLabel: 'Art',
  durationLabel: 'Dauer',
  sessionsLabel: 'Sitzungen',
  breakLabel: 'Pause',
  noBreak: 'Keine',
  appointmentType: { online: 'Online', face_to_face: 'Vor Ort' },
  service: { audio: 'Audioanruf', phone: 'Telefonanruf', video: 'Videoanruf' },
  free: 'Kostenlos',
  sessions: plural('de', { one: '# Sitzung', other: '# Sitzungen' }),
  credits: plural('de', { one: 'oder # Credit', other: 'oder # Credits' }),
};
