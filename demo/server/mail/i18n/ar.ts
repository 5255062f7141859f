import { plural } from '../../../../src/core/plural.js';
import type { MailTerms } from './terms.js';

const rules = new Intl.PluralRules('ar');
const numbers = new Intl.NumberFormat('ar');
const minutes = plural('ar', { zero: '# دقيقة', one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' });

/** The e-mails in Arabic, written right to left, with all six plural categories. */
export const ar: MailTerms = {
  $code: 'ar',
  $dir: 'rtl',
  $intl: 'ar',
  greeting: (name) => (name === '' ? 'مرحبًا،' : `مرحبًا ${name}،`),
  orderSubject: (title) => `تم تأكيد الطلب: ${title}`,
  orderIntro: (title, expert) => `شكرًا لطلبك. تم تأكيد شرائك «${title}» مع ${expert}.`,
  orderNumberLabel: 'رقم الطلب',
  amountLabel: 'المبلغ',
  methodLabel: 'طريقة الدفع',
  packageLabel: 'الباقة',
  method: { card: 'البطاقة', credits: 'الرصيد', free: 'مجاني' },
  free: 'مجاني',
  credits: plural('ar', { zero: '# رصيد', one: 'رصيد واحد', two: 'رصيدان', few: '# أرصدة', many: '# رصيدًا', other: '# رصيد' }),
  couponLabel: 'القسيمة',
  giftCredits: plural('ar', { zero: '+# رصيد هدية', one: '+رصيد هدية واحد', two: '+رصيدان هدية', few: '+# أرصدة هدية', many: '+# رصيدًا هدية', other: '+# رصيد هدية' }),
  sessions: plural('ar', { zero: '# جلسة', one: 'جلسة واحدة', two: 'جلستان', few: '# جلسات', many: '# جلسة', other: '# جلسة' }),
  bookedHeading: plural('ar', { one: 'جلستك المحجوزة:', two: 'جلستاك المحجوزتان:', other: 'جلساتك المحجوزة:' }),
  sessionsLater: plural('ar', {
    one: 'جلسة واحدة للحجز لاحقًا: احجزها من الموقع الذي اشتريت منه هذه الباقة.',
    two: 'جلستان للحجز لاحقًا: احجزهما من الموقع الذي اشتريت منه هذه الباقة.',
    few: '# جلسات للحجز لاحقًا: احجزها من الموقع الذي اشتريت منه هذه الباقة.',
    many: '# جلسة للحجز لاحقًا: احجزها من الموقع الذي اشتريت منه هذه الباقة.',
    other: '# جلسة للحجز لاحقًا: احجزها من الموقع الذي اشتريت منه هذه الباقة.',
  }),
  session: (index) => `الجلسة ${index}`,
  joinCall: 'الانضمام إلى المكالمة',
  joinWithLinks: (count) => `يُفتح الانضمام قبل ${minutes(count)} من كل جلسة. كل رابط يُدخلك إلى جلسته فقط؛ لا تشاركه مع أحد.`,
  joinWithoutLinks: (count) => `انضم إلى كل جلسة من الموقع الذي حجزتها منه؛ يُفتح الانضمام قبل ${minutes(count)} من البداية.`,
  bookingSubject: (title) => `تم تأكيد الحجز: ${title}`,
  bookingIntro: (count, title, expert) => {
    // Not `plural`: its `#` placeholder could match a `#` in the title.
    const category = rules.select(count);
    const what = category === 'one' ? 'جلستك' : category === 'two' ? 'جلستيك' : `${numbers.format(count)} ${category === 'few' ? 'جلسات' : 'جلسة'}`;
    return `تم حجز ${what} من «${title}» مع ${expert}.`;
  },
  signInSubject: 'رمز تسجيل الدخول الخاص بك',
  signInCode: (code) => `رمز تسجيل الدخول الخاص بك هو ${code}.`,
  signInValidity: (count) => `الرمز صالح لمدة ${minutes(count)} ويعمل مرة واحدة. أدخله حيث طلبت تسجيل الدخول.`,
  signInIgnore: 'إذا لم تطلب تسجيل الدخول، فتجاهل هذه الرسالة: لا يمكن لأحد تسجيل الدخول باسمك دون الرمز.',
};
