import type { AdminTranslation } from './translation.js';

/** German admin strings. */
export const de: AdminTranslation = {
  $code: 'de',
  $dir: 'ltr',
  fields: {
    appointmentType: {
      label: 'Terminart',
      help: 'Ob der Termin als Online-Sitzung oder als persönliches Treffen stattfindet.',
    },
    service: {
      label: 'Dienst',
      help: 'Der Dienst, über den ein Online-Termin stattfindet; er ist während des Termins für beide Seiten aktiv.',
    },
    location: {
      label: 'Treffpunkt',
      help: 'Die Adresse, an der eine Sitzung vor Ort stattfindet; die Kundin oder der Kunde sieht sie beim Bezahlen, im Kalendereintrag und in jeder E-Mail. Optional: ohne sie nennen die E-Mails den vereinbarten Ort.',
    },
    durationMinutes: { label: 'Dauer', help: 'Die Zeit, die eine Sitzung dauert, in Minuten.' },
    fee: {
      label: 'Preis',
      help: 'Der Preis des Pakets in seiner Währung: 90,00 für 90 Euro, 1500 für 1.500 Yen.',
    },
    credits: {
      label: 'Credits',
      help: 'Der Preis des Pakets in Credits, die Kundinnen und Kunden auf der Plattform kaufen. Leer lassen, wenn es nicht gegen Credits verkauft wird.',
    },
    sessions: {
      label: 'Sitzungen',
      help: 'Die Anzahl der Sitzungen im Paket: So viele Termine können in den freien Zeiten Ihres Kalenders gebucht werden.',
    },
    breakMinutes: {
      label: 'Pause',
      help: 'Die Pause nach jeder Sitzung in Minuten. Beispiel: Ein 60-Minuten-Block ist 50 + 10.',
    },
    country: { label: 'Land des Pakets', help: 'Das Land, in dem das Paket verkauft wird.' },
    currency: { label: 'Währung des Pakets', help: 'Die Währung, in der das Paket verkauft wird.' },
    listingOrder: {
      label: 'Reihenfolge',
      help: 'Die Position des Pakets auf der Seite der Expertin oder des Experten, von oben (0) nach unten.',
    },
    endMode: { label: 'Wie der Termin endet', help: 'Ob die Sitzung von selbst endet oder von der Expertin bzw. dem Experten beendet wird.' },
    endTiming: {
      label: 'Wann der Termin endet',
      help: 'Zur gebuchten Endzeit, auch bei verspätetem Beitritt, oder erst, wenn die volle Dauer genutzt wurde.',
    },
    title: { label: 'Titel', help: 'Der Name des Termins, für alle sichtbar.' },
    description: { label: 'Beschreibung', help: 'Eine kurze Beschreibung des Inhalts des Termins.' },
    bookingPolicy: {
      label: 'Buchungsregeln',
      help: 'Bis wann Kundinnen und Kunden eine Sitzung dieses Pakets stornieren oder verlegen können. Die allgemeinen Regeln der Einstellungen gelten, oder das Paket erhält eigene.',
    },
  },
  appointmentType: { online: 'Online-Sitzung', face_to_face: 'Persönliches Treffen' },
  service: {
    audio: 'Audio: Anruf über die Plattform',
    phone: 'Telefon: Anruf über GSM (erfordert USD-Guthaben auf der Plattform)',
    video: 'Video: Anruf über die Plattform',
  },
  endMode: {
    automatic: 'Automatisch: endet, wenn die Zeit abgelaufen ist',
    by_expert: 'Durch die Expertin/den Experten: wird benachrichtigt und beendet',
  },
  endTiming: {
    scheduled_end: 'Genau zur Endzeit des Termins',
    full_duration: 'Wenn die volle Dienstzeit genutzt wurde',
  },
  units: { minutes: 'Minuten', minorUnits: 'kleinste Währungseinheit', credits: 'Credits', sessions: 'Sitzungen' },
  actions: { applyChanges: 'Änderungen übernehmen', cancel: 'Abbrechen' },
  noCredits: 'Nicht gegen Credits',
  errors: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    invalidType: 'Dieser Wert hat den falschen Typ.',
    notInteger: 'Geben Sie eine ganze Zahl ein.',
    tooSmall: (min) => `Geben Sie mindestens ${min} ein.`,
    tooLarge: (max) => `Geben Sie höchstens ${max} ein.`,
    invalidOption: 'Wählen Sie eine der Optionen.',
    tooShort: (min) => (min <= 1 ? 'Bitte füllen Sie dieses Feld aus.' : `Geben Sie mindestens ${min} Zeichen ein.`),
    tooLong: (max) => `Geben Sie höchstens ${max} Zeichen ein.`,
    invalidCharacters: 'Entfernen Sie Steuerzeichen und Zeilenumbrüche.',
    invalidCountry: 'Wählen Sie ein Land aus der Liste.',
    invalidCurrency: 'Wählen Sie eine Währung aus der Liste.',
    notAllowed: 'Ein persönliches Treffen hat keinen Online-Dienst.',
    invalidAmount: (digits) => (digits === 0 ? 'Geben Sie einen ganzen Betrag ein, etwa 1500.' : `Geben Sie einen Betrag mit höchstens ${digits} Nachkommastellen ein, etwa 90,00.`),
  },
};
