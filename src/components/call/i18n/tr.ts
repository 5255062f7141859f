import { plural } from '../../../core/plural.js';
import type { CallTerms } from './terms.js';

/** The call launcher's texts in Turkish. */
export const tr: CallTerms = {
  $code: 'tr',
  callLabel: 'Seans görüşmesi',
  callJoin: 'Görüşmeye katıl',
  callRejoin: 'Yeniden katıl',
  callJoining: 'Katılınıyor…',
  callLeave: 'Görüşmeden ayrıl',
  callEnd: 'Seansı bitir',
  callOpensAt: (time) => `Görüşme ${time} saatinde açılır.`,
  callOpensIn: (duration) => `Açılmasına ${duration}`,
  callTimeLeft: (duration) => `Kalan süre ${duration}`,
  callStopsIn: (duration) => `Görüşme ${duration} sonra kapanacak`,
  callMinutesLeft: plural('tr', { one: '# dakika kaldı', other: '# dakika kaldı' }),
  callWaitingForClient: 'Seansın süresi danışan katıldığında başlar.',
  callTimeUpExpert: 'Süre doldu. Lütfen seansı bitirin.',
  callTimeUpClient: 'Süre doldu. Uzman seansı birazdan bitirecek.',
  callEndedTitle: 'Seans sona erdi.',
  callEnded: {
    deadline: 'Seans planlanan saatte sona erdi.',
    expert: 'Uzman seansı bitirdi.',
    hard_stop: 'Seans süre sınırına ulaştı ve durduruldu.',
    left: 'Görüşmeden ayrıldınız. Seans sürdükçe yeniden katılabilirsiniz.',
  },
  callEjected: 'Görüşmeden çıkarıldınız.',
  callNetworkLost: 'Bağlantı koptu. Yeniden bağlanılıyor…',
  callPermissionDenied: (video) =>
    `Tarayıcınız ${video ? 'kamerayı ve mikrofonu' : 'mikrofonu'} engelledi. Adres çubuğundaki simgeden veya site ayarlarından izin verin, ardından yeniden katılın.`,
  callDeviceProblem: 'Kamera veya mikrofon bulunamadı ya da başka bir uygulama tarafından kullanılıyor. Diğer uygulamayı kapatıp yeniden katılın.',
  callPhone: {
    dialing: 'Telefonunuzu arıyoruz…',
    connected: 'Telefonunuz bağlandı.',
    failed: 'Telefonunuza ulaşılamadı.',
  },
  callTestMode: 'Test modu: gerçek bir görüşme yapılmaz.',
  callErrorTitle: 'Görüşmeye katılınamadı.',
  callErrorEnded: 'Bu seans zaten sona erdi.',
  callErrorNotYours: 'Bu bağlantı veya oturum sizi bu seansa kabul etmiyor. Onay e-postanızdaki bağlantıyı kullanın.',
  callErrorNotFound: 'Bu rezervasyon bulunamadı.',
  callErrorBalance: 'Telefon görüşmesi şu anda başlatılamıyor. Lütfen uzmanla iletişime geçin.',
  callErrorStart: 'Görüşme başlatılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
};
