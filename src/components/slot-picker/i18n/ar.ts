import { plural } from '../../../core/plural.js';
import type { SlotPickerTerms } from './terms.js';

/** "2 of 3 sessions chosen": plural-aware in the total. */
const sessionsChosen = plural('ar', {
  zero: 'تم اختيار {chosen} من # جلسة',
  one: 'تم اختيار {chosen} من جلسة واحدة',
  two: 'تم اختيار {chosen} من جلستين',
  few: 'تم اختيار {chosen} من # جلسات',
  many: 'تم اختيار {chosen} من # جلسة',
  other: 'تم اختيار {chosen} من # جلسة',
});

/** The slot picker's texts in Arabic, written right to left. */
export const ar: SlotPickerTerms = {
  $code: 'ar',
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  loadingTimes: 'جارٍ تحميل الأوقات المتاحة…',
  noTimesInMonth: (month) => `لا توجد أوقات متاحة في ${month}.`,
  nextAvailable: (date) => `أقرب موعد متاح: ${date}`,
  pickDay: 'اختر يومًا لعرض أوقاته.',
  timesOn: (date) => `الأوقات في ${date}`,
  timeZoneLabel: 'المنطقة الزمنية',
  suggestedTimeZones: 'المقترحة',
  allTimeZones: 'كل المناطق الزمنية',
  expertTimeZone: (zone) => `المنطقة الزمنية للخبير: ${zone}.`,
  timesAvailable: plural('ar', {
    zero: 'لا أوقات متاحة',
    one: 'وقت واحد متاح',
    two: 'وقتان متاحان',
    few: '# أوقات متاحة',
    many: '# وقتًا متاحًا',
    other: '# وقت متاح',
  }),
  noTimes: 'لا أوقات متاحة',
  selectionLabel: 'جلساتك',
  chosenCount: (chosen, total) => sessionsChosen(total, { chosen }),
  noneChosen: 'لم يتم اختيار أي وقت بعد.',
  allChosen: 'تم تحديد وقت لكل الجلسات.',
  bookRestLater: 'يمكنك حجز الجلسات المتبقية لاحقًا.',
  removeTime: (time) => `إزالة ${time}`,
  slotsErrorTitle: 'تعذّر تحميل الأوقات المتاحة.',
  slotsErrorNotFound: 'تعذّر العثور على هذا الخبير أو هذه الباقة.',
  slotsErrorAccess: 'لا يُسمح لهذا الموقع بعرض هذه الأوقات (مفتاح غير معروف أو موقع غير مسموح به).',
};
