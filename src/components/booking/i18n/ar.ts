import { plural } from '../../../core/plural.js';
import type { BookingTerms } from './terms.js';

/** The booking flow's texts in Arabic. */
export const ar: BookingTerms = {
  $code: 'ar',
  bookingLabel: 'احجز موعدًا',
  steps: { packages: 'الباقة', times: 'المواعيد', payment: 'الدفع', done: 'التأكيد' },
  stepOf: (step, total, name) => `الخطوة ${step} من ${total}: ${name}`,
  backToPackages: 'العودة إلى الباقات',
  changeTimes: 'تغيير المواعيد',
  continueWith: plural('ar', {
    zero: 'متابعة دون مواعيد',
    one: 'متابعة بموعد واحد',
    two: 'متابعة بموعدين',
    few: 'متابعة بـ# مواعيد',
    many: 'متابعة بـ# موعدًا',
    other: 'متابعة بـ# موعد',
  }),
  continueWithout: 'متابعة واختيار المواعيد لاحقًا',
  reserving: 'جارٍ حجز مواعيدك مؤقتًا…',
  timeTaken: 'حجز شخص آخر أحد هذه المواعيد للتو. تم تحديث المواعيد؛ يُرجى الاختيار من جديد.',
  holdFailed: 'تعذّر حجز مواعيدك مؤقتًا. يُرجى المحاولة مرة أخرى.',
  chooseAgain: 'أحد مواعيدك لم يعد متاحًا. لم يُخصم أي مبلغ؛ يُرجى الاختيار من جديد.',
  bookAnother: 'احجز موعدًا آخر',
};
