import { plural } from '../../../core/plural.js';
import type { MyBookingsTerms } from './terms.js';

/** "2 of 3 sessions left": plural-aware in the total. */
const sessionsLeft = plural('ar', {
  zero: 'متبقٍ {left} من # جلسة',
  one: 'متبقٍ {left} من جلسة واحدة',
  two: 'متبقٍ {left} من جلستين',
  few: 'متبقٍ {left} من # جلسات',
  many: 'متبقٍ {left} من # جلسة',
  other: 'متبقٍ {left} من # جلسة',
});

/** The texts of "my bookings" in Arabic, written right to left. */
export const ar: MyBookingsTerms = {
  $code: 'ar',
  myBookingsSignIn: 'سجّل الدخول لعرض حجوزاتك وتحديد مواعيد جلساتك.',
  myBookingsLoading: 'جارٍ تحميل حجوزاتك…',
  myBookingsUpcoming: 'الجلسات القادمة',
  myBookingsNone: 'لا توجد حجوزات قادمة.',
  myBookingsToSchedule: 'جلسات لم تُحدَّد مواعيدها بعد',
  myBookingsTimesIn: (zone) => `الأوقات معروضة حسب ${zone}.`, // zone names start with "توقيت"
  myBookingsUnknownPackage: 'باقة لم تعد معروضة',
  myBookingsCannotSchedule: 'لم تعد هذه الباقة معروضة، لذا لا يمكن تحديد مواعيد جلساتها هنا. يُرجى التواصل مع الخبير.',
  myBookingsJoin: 'انضم',
  myBookingsJoinOpensAt: (time) => `يمكنك الانضمام بدءًا من ${time}.`,
  myBookingsCallFailed: 'تعذّر فتح المكالمة. تحقّق من اتصالك وحاول مرة أخرى.',
  myBookingsCallLabel: (title) => `مكالمة: ${title}`,
  myBookingsSessionsLeft: (left, total) => sessionsLeft(total, { left }),
  myBookingsSchedule: 'حدّد المواعيد',
  myBookingsClose: 'إغلاق',
  myBookingsScheduleLabel: (title) => `تحديد مواعيد ${title}`,
  myBookingsBookNothing: 'احجز',
  myBookingsBook: plural('ar', {
    zero: 'احجز # جلسة',
    one: 'احجز جلسة واحدة',
    two: 'احجز جلستين',
    few: 'احجز # جلسات',
    many: 'احجز # جلسة',
    other: 'احجز # جلسة',
  }),
  myBookingsBooking: 'جارٍ الحجز…',
  myBookingsBooked: plural('ar', {
    zero: 'لم تُحجز أي جلسة.',
    one: 'تم حجز جلسة واحدة.',
    two: 'تم حجز جلستين.',
    few: 'تم حجز # جلسات.',
    many: 'تم حجز # جلسة.',
    other: 'تم حجز # جلسة.',
  }),
  myBookingsBookErrorTitle: 'لم يكتمل الحجز.',
  myBookingsSlotTaken: 'حجز شخص آخر هذا الوقت للتو. يُرجى اختيار وقت آخر؛ أوقاتك الأخرى محفوظة.',
  myBookingsBookRefused: 'لم يعد من الممكن حجز هذه الأوقات. يُرجى اختيار أوقات أخرى.',
  myBookingsErrorTitle: 'تعذّر تحميل حجوزاتك.',
  myBookingsErrorAccess: 'لا يُسمح لهذا الموقع بعرض حجوزاتك (مفتاح غير معروف أو موقع غير مسموح به).',
};
