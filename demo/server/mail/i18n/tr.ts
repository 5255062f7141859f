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
  joinWithLinks: (minutes) =>
    `Her seansa katılım, seanstan ${minutes} dakika önce açılır. Her bağlantı yalnızca kendi seansı için geçerlidir; paylaşmayın.`,
  joinWithoutLinks: (minutes) => `Her seansa rezervasyon yaptığınız siteden katılın; katılım, başlangıçtan ${minutes} dakika önce açılır.`,
  bookingSubject: (title) => `Rezervasyon onaylandı: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `${expert} ile "${title}" seansınız rezerve edildi.` : `${expert} ile "${title}" paketinden ${count} seansınız rezerve edildi.`,
  signInSubject: 'Giriş kodunuz',
  signInCode: (code) => `Giriş kodunuz: ${code}.`,
  signInValidity: (minutes) => `Kod ${minutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir. Girişi istediğiniz yere girin.`,
  signInIgnore: 'Giriş yapmak istemediyseniz bu e-postayı dikkate almayın: kod olmadan kimse sizin adınıza giriş yapamaz.',
};
