import { plural } from '../../../core/plural.js';
import type { CouponTerms } from './terms.js';

const credits = plural('ar', {
  zero: '# رصيد',
  one: 'رصيد واحد',
  two: 'رصيدان',
  few: '# أرصدة',
  many: '# رصيدًا',
  other: '# رصيد',
});

/** The coupon field's texts in Arabic. */
export const ar: CouponTerms = {
  $code: 'ar',
  couponLabel: 'رمز القسيمة',
  couponApply: 'تطبيق',
  couponRemove: 'إزالة',
  couponChecking: 'جارٍ التحقق من الرمز…',
  couponApplied: (code) => `طُبّقت القسيمة ${code}.`,
  couponRemoved: 'أُزيلت القسيمة.',
  couponWasNow: (was, now) => `كان السعر ${was}، والآن ${now}`,
  couponDiscount: (code, amount) => `القسيمة ${code}: ${amount}`,
  couponGift: (code, count) => `القسيمة ${code}: +${credits(count)} هدية`,
  couponCredits: credits,
  couponReasons: {
    coupon_unknown: 'هذا الرمز غير موجود. تحقّق من كتابته.',
    coupon_inactive: 'هذا الرمز لم يعد فعّالًا.',
    coupon_not_started: 'هذا الرمز لم يصبح صالحًا بعد.',
    coupon_expired: 'انتهت صلاحية هذا الرمز.',
    coupon_used_up: 'استُنفدت استخدامات هذا الرمز.',
    coupon_not_applicable: 'هذا الرمز غير صالح لهذه الباقة.',
    coupon_new_members_only: 'هذا الرمز للأعضاء الجدد فقط.',
    coupon_already_used: 'لقد استخدمت هذا الرمز من قبل.',
    empty: 'أدخل رمز القسيمة.',
    failed: 'تعذّر التحقق من الرمز. تحقّق من اتصالك وحاول مرة أخرى.',
    other: 'لا يمكن استخدام هذا الرمز.',
  },
};
