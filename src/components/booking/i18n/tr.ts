import { plural } from '../../../core/plural.js';
import type { BookingTerms } from './terms.js';

/** The booking flow's texts in Turkish. */
export const tr: BookingTerms = {
  $code: 'tr',
  bookingLabel: 'Randevu al',
  steps: { packages: 'Paket', times: 'Saatler', payment: 'Ödeme', done: 'Onay' },
  stepOf: (step, total, name) => `Adım ${step}/${total}: ${name}`,
  backToPackages: 'Paketlere dön',
  changeTimes: 'Saatleri değiştir',
  continueWith: plural('tr', { one: '# saatle devam et', other: '# saatle devam et' }),
  continueWithout: 'Devam et, saatleri sonra seç',
  reserving: 'Saatleriniz ayrılıyor…',
  timeTaken: 'Bu saatlerden biri az önce alındı. Saatler yenilendi; lütfen yeniden seçin.',
  holdFailed: 'Saatleriniz ayrılamadı. Lütfen tekrar deneyin.',
  chooseAgain: 'Saatlerinizden biri artık müsait değil. Hiçbir ücret alınmadı; lütfen yeniden seçin.',
  bookAnother: 'Başka bir randevu al',
};
