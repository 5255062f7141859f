import { plural } from '../../../../src/core/plural.js';
import type { MailTerms } from './terms.js';

/** The e-mails in Turkish. */
export const tr: MailTerms = {
  $code: 'tr',
  $dir: 'ltr',
  $intl: 'tr-TR',
  greeting: (name) => (name === '' ? 'Merhaba,' : `Merhaba ${name},`),
  orderSubject: (title) => `Siparişiniz onaylandı: ${title}`,
  orderIntro: (title, expert) => `Siparişiniz için teşekkür ederiz. ${expert} ile "${title}" satın alımınız onaylandı.`,
  orderNumberLabel: 'Sipariş numarası',
  amountLabel: 'Tutar',
  methodLabel: 'Ödeme yöntemi',
  packageLabel: 'Paket',
  method: { card: 'Kart', credits: 'Kredi', free: 'Ücretsiz' },
  free: 'Ücretsiz',
  credits: plural('tr', { one: '# kredi', other: '# kredi' }),
  couponLabel: 'Kupon',
  giftCredits: plural('tr', { one: '+# hediye kredi', other: '+# hediye kredi' }),
  sessions: plural('tr', { one: '# seans', other: '# seans' }),
  bookedHeading: plural('tr', { one: 'Rezerve edilen seansınız:', other: 'Rezerve edilen seanslarınız:' }),
  sessionsLater: plural('tr', {
    one: 'Daha sonra rezerve edilecek # seans: bu paketi satın aldığınız sitede rezerve edebilirsiniz.',
    other: 'Daha sonra rezerve edilecek # seans: bu paketi satın aldığınız sitede rezerve edebilirsiniz.',
  }),
  session: (index) => `Seans ${index}`,
  joinCall: 'Görüşmeye katıl',
  addressLabel: 'Adres',
  joinWithLinks: (minutes) =>
    `Her seansa katılım, seanstan ${minutes} dakika önce açılır. Her bağlantı yalnızca kendi seansı için geçerlidir; paylaşmayın.`,
  joinWithoutLinks: (minutes) => `Her seansa rezervasyon yaptığınız siteden katılın; katılım, başlangıçtan ${minutes} dakika önce açılır.`,
  bookingSubject: (title) => `Rezervasyon onaylandı: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `${expert} ile "${title}" seansınız rezerve edildi.` : `${expert} ile "${title}" paketinden ${count} seansınız rezerve edildi.`,
  manageBooking: 'Yeniden planla veya iptal et',
  cancelSubject: (title) => `Seans iptal edildi: ${title}`,
  cancelIntro: (title, expert, by) =>
    by === 'customer' ? `${expert} ile "${title}" seansınız isteğiniz üzerine iptal edildi:` : `Üzgünüz: ${expert} ile "${title}" seansınız iptal edildi:`,
  sessionReturned: (returned) =>
    returned
      ? 'Seans paketinize geri eklendi: paketi satın aldığınız sitede yeni bir zaman rezerve edebilirsiniz.'
      : 'Seans paketinize geri eklenmedi.',
  reasonLabel: 'Neden',
  rescheduleSubject: (title) => `Seansın zamanı değişti: ${title}`,
  rescheduleIntro: (title, expert) => `${expert} ile "${title}" seansınızın zamanı değişti.`,
  newTimeLabel: 'Yeni zaman',
  previousTimeLabel: 'Önceki zaman',
  rescheduleLinks: 'Rezervasyon onayınızdaki bağlantılar yeni zaman için de geçerlidir.',
  refundSubject: (title) => `İade: ${title}`,
  refundIntro: (title, expert, scope) =>
    scope === 'full' ? `${expert} ile "${title}" satın alımınız iade edildi.` : `${expert} ile "${title}" satın alımınızın kullanılmayan seansları iade edildi.`,
  refundAmountLabel: 'İade edilen',
  refundToLabel: 'İade yeri',
  refundDateLabel: 'Tarih',
  refundSessionsLabel: 'İade edilen seanslar',
  refundTo: {
    card: 'Ödeme yaptığınız kart (hesabınıza yansıması birkaç iş günü sürebilir)',
    credits: 'Kredi bakiyeniz',
    none: 'İade edilecek tutar yok: ödeme yapılmadı',
  },
  refundCancelledHeading: plural('tr', { one: 'Bu rezerve seans iade ile iptal edildi:', other: 'Bu rezerve seanslar iade ile iptal edildi:' }),
  creditReceiptSubject: (title) => `Makbuz: ${title}`,
  creditReceiptIntro: (title) => `Satın alımınız için teşekkür ederiz. "${title}" kredileri bakiyenize eklendi.`,
  creditsAddedLabel: 'Eklenen krediler',
  balanceLabel: 'Yeni bakiye',
  purchaseDateLabel: 'Tarih',
  campaignLabel: 'Kampanya',
  reminderSubject: (title) => `Hatırlatma: ${title}`,
  reminderIn: {
    days: plural('tr', { one: '# gün sonra', other: '# gün sonra' }),
    hours: plural('tr', { one: '# saat sonra', other: '# saat sonra' }),
    minutes: plural('tr', { one: '# dakika sonra', other: '# dakika sonra' }),
  },
  reminderIntro: (title, expert, when) => `${expert} ile "${title}" seansınız ${when} başlıyor:`,
  inPerson: (expert, atAddress) =>
    atAddress
      ? `${expert} ile bu adreste yüz yüze görüşeceksiniz; katılınacak bir görüşme yok.`
      : `${expert} ile rezervasyonda kararlaştırılan yerde yüz yüze görüşeceksiniz; katılınacak bir görüşme yok.`,
  signInSubject: 'Giriş kodunuz',
  signInCode: (code) => `Giriş kodunuz: ${code}.`,
  signInValidity: (minutes) => `Kod ${minutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir. Girişi istediğiniz yere girin.`,
  signInIgnore: 'Giriş yapmak istemediyseniz bu e-postayı dikkate almayın: kod olmadan kimse sizin adınıza giriş yapamaz.',
};
