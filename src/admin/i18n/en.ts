import type { AdminTranslation } from './translation.js';

/** English admin strings. */
export const en: AdminTranslation = {
  $code: 'en',
  $dir: 'ltr',
  fields: {
    appointmentType: {
      label: 'Appointment type',
      help: 'Whether the appointment is an online session or a face-to-face meeting.',
    },
    service: {
      label: 'Service',
      help: 'The service through which an online appointment is held; it is active for both parties during the appointment.',
    },
    location: {
      label: 'Meeting place',
      help: 'The address where a face-to-face session takes place, as the customer sees it at checkout, in the calendar entry and in every e-mail. Optional: without it, the e-mails say the place agreed.',
    },
    durationMinutes: { label: 'Duration', help: 'The time one session takes, in minutes.' },
    fee: {
      label: 'Fee',
      help: 'The fee for the package, in its currency: 90.00 for 90 euros, 1500 for 1,500 yen.',
    },
    credits: {
      label: 'Credits',
      help: 'The price of the package in credits, which clients buy from the platform. Leave empty if it is not sold for credits.',
    },
    sessions: {
      label: 'Sessions',
      help: 'The number of sessions in the package: the client may book that many appointments in the free slots of your calendar.',
    },
    breakMinutes: {
      label: 'Break',
      help: 'The rest after each session, in minutes. Example: a 60-minute slot is 50 + 10.',
    },
    country: { label: 'Package country', help: 'The country in which the package is sold.' },
    currency: { label: 'Package currency', help: 'The currency in which the package is sold.' },
    listingOrder: {
      label: 'Listing order',
      help: 'The position of the package on the expert page, from top (0) to bottom.',
    },
    endMode: { label: 'How the appointment ends', help: 'Whether the session ends by itself or the expert ends it.' },
    endTiming: {
      label: 'When the appointment ends',
      help: 'At the booked end time even if the client joined late, or once the full duration has been used.',
    },
    title: { label: 'Title', help: 'The name of the appointment, visible to everyone.' },
    description: { label: 'Description', help: "A brief description of the appointment's content." },
    bookingPolicy: {
      label: 'Booking policy',
      help: 'Until when customers may cancel or move a session of this package. Leave it on the general policy of the settings, or give the package its own.',
    },
  },
  appointmentType: { online: 'Online session', face_to_face: 'Face-to-face meeting' },
  service: {
    audio: 'Audio: call through the platform',
    phone: 'Phone: call over GSM (needs a USD balance on the platform)',
    video: 'Video: call through the platform',
  },
  endMode: {
    automatic: 'Automatic: ends when the allotted time is up',
    by_expert: 'By the expert: the expert is notified and ends it',
  },
  endTiming: {
    scheduled_end: 'Exactly at the appointment end time',
    full_duration: 'When the full service time is completed',
  },
  units: { minutes: 'minutes', minorUnits: 'smallest currency unit', credits: 'credits', sessions: 'sessions' },
  actions: { applyChanges: 'Apply Changes', cancel: 'Cancel' },
  noCredits: 'Not sold for credits',
  errors: {
    required: 'Please fill in this field.',
    invalidType: 'This value has the wrong type.',
    notInteger: 'Enter a whole number.',
    tooSmall: (min) => `Enter at least ${min}.`,
    tooLarge: (max) => `Enter at most ${max}.`,
    invalidOption: 'Choose one of the options.',
    tooShort: (min) => (min <= 1 ? 'Please fill in this field.' : `Enter at least ${min} characters.`),
    tooLong: (max) => `Enter at most ${max} characters.`,
    invalidCharacters: 'Remove control characters and line breaks.',
    invalidCountry: 'Choose a country from the list.',
    invalidCurrency: 'Choose a currency from the list.',
    notAllowed: 'A face-to-face meeting has no online service.',
    invalidAmount: (digits) => (digits === 0 ? 'Enter a whole amount, such as 1500.' : `Enter an amount with at most ${digits} decimals, such as 90.00.`),
  },
};
