import { plural } from '../../../core/plural.js';
import type { CouponTerms } from './terms.js';

const gifts = plural('tr', { one: '# hediye kredi', other: '# hediye kredi' });

/** The coupon field's texts in Turkish. */
export const tr: CouponTerms = {
  $code: 'tr',
  couponLabel: 'Kupon kodu',
  couponApply: 'Uygula',
  couponRemove: 'Kaldır',
  couponChecking: 'Kod kontrol ediliyor…',
  couponApplied: (code) => `${code} kuponu uygulandı.`,
  couponRemoved: 'Kupon kaldırıldı.',
  couponWasNow: (was, now) => `önceki fiyat ${was}, şimdi ${now}`,
  couponDiscount: (code, amount) => `Kupon ${code}: ${amount}`,
  couponGift: (code, count) => `Kupon ${code}: +${gifts(count)}`,
  couponCredits: plural('tr', { one: '# kredi', other: '# kredi' }),
  couponReasons: {
    coupon_unknown: 'Böyle bir kod yok. Yazımı kontrol edin.',
    coupon_inactive: 'Bu kod artık geçerli değil.',
    coupon_not_started: 'Bu kod henüz geçerli değil.',
    coupon_expired: 'Bu kodun süresi doldu.',
    coupon_used_up: 'Bu kodun kullanım hakkı tükendi.',
    coupon_not_applicable: 'Bu kod bu paket için geçerli değil.',
    coupon_new_members_only: 'Bu kod yalnızca yeni üyeler için.',
    coupon_already_used: 'Bu kodu zaten kullandınız.',
    empty: 'Bir kupon kodu girin.',
    failed: 'Kod kontrol edilemedi. Bağlantınızı kontrol edip tekrar deneyin.',
    other: 'Bu kod kullanılamaz.',
  },
};
