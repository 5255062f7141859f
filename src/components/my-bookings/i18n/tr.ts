import { plural } from '../../../core/plural.js';
import type { MyBookingsTerms } from './terms.js';

/** "3 seanstan 2'si kaldı": plural-aware in the total. */
const sessionsLeft = plural('tr', { one: 'Kalan: {left}/# seans', other: 'Kalan: {left}/# seans' });

/** The texts of "my bookings" in Turkish. */
export const tr: MyBookingsTerms = {
  $code: 'tr',
  myBookingsSignIn: 'Rezervasyonlarınızı görmek ve seanslarınızı planlamak için giriş yapın.',
  myBookingsLoading: 'Rezervasyonlarınız yükleniyor…',
  myBookingsUpcoming: 'Yaklaşan seanslar',
  myBookingsNone: 'Yaklaşan rezervasyon yok.',
  myBookingsToSchedule: 'Planlanacak seanslar',
  myBookingsTimesIn: (zone) => `Saatler ${zone} diliminde gösteriliyor.`,
  myBookingsUnknownPackage: 'Artık sunulmayan bir paket',
  myBookingsCannotSchedule: 'Bu paket artık sunulmuyor, bu yüzden seansları burada planlanamaz. Lütfen uzmanla iletişime geçin.',
  myBookingsJoin: 'Katıl',
  myBookingsJoinOpensAt: (time) => `${time} itibarıyla katılabilirsiniz.`,
  myBookingsCallFailed: 'Görüşme açılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  myBookingsCallLabel: (title) => `Görüşme: ${title}`,
  myBookingsSessionsLeft: (left, total) => sessionsLeft(total, { left }),
  myBookingsSchedule: 'Planla',
  myBookingsClose: 'Kapat',
  myBookingsScheduleLabel: (title) => `${title} planla`,
  myBookingsBookNothing: 'Rezerve et',
  myBookingsBook: plural('tr', { one: '# seansı rezerve et', other: '# seansı rezerve et' }),
  myBookingsBooking: 'Rezerve ediliyor…',
  myBookingsBooked: plural('tr', { one: '# seans rezerve edildi.', other: '# seans rezerve edildi.' }),
  myBookingsBookErrorTitle: 'Rezervasyon tamamlanamadı.',
  myBookingsSlotTaken: 'Bu saat az önce başkası tarafından alındı. Lütfen başka bir saat seçin; diğer seçimleriniz korunuyor.',
  myBookingsBookRefused: 'Bu saatler artık rezerve edilemiyor. Lütfen başka saatler seçin.',
  myBookingsErrorTitle: 'Rezervasyonlarınız yüklenemedi.',
  myBookingsErrorAccess: 'Bu web sitesinin rezervasyonlarınızı göstermesine izin verilmiyor (bilinmeyen anahtar veya izin verilmeyen site).',
};
