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
  addressLabel: 'العنوان',
  joinWithLinks: (count) => `يُفتح الانضمام قبل ${minutes(count)} من كل جلسة. كل رابط يُدخلك إلى جلسته فقط؛ لا تشاركه مع أحد.`,
  joinWithoutLinks: (count) => `انضم إلى كل جلسة من الموقع الذي حجزتها منه؛ يُفتح الانضمام قبل ${minutes(count)} من البداية.`,
  bookingSubject: (title) => `تم تأكيد الحجز: ${title}`,
  bookingIntro: (count, title, expert) => {
    // Not `plural`: its `#` placeholder could match a `#` in the title.
    const category = rules.select(count);
    const what = category === 'one' ? 'جلستك' : category === 'two' ? 'جلستيك' : `${numbers.format(count)} ${category === 'few' ? 'جلسات' : 'جلسة'}`;
    return `تم حجز ${what} من «${title}» مع ${expert}.`;
  },
  manageBooking: 'إعادة الجدولة أو الإلغاء',
  cancelSubject: (title) => `أُلغيت الجلسة: ${title}`,
  cancelIntro: (title, expert, by) =>
    by === 'customer' ? `أُلغيت جلستك من «${title}» مع ${expert} بناءً على طلبك:` : `نأسف لإبلاغك بأن جلستك من «${title}» مع ${expert} قد أُلغيت:`,
  sessionReturned: (returned) =>
    returned ? 'أُعيدت الجلسة إلى باقتك: احجز موعدًا جديدًا من الموقع الذي اشتريتها منه.' : 'لم تُعد الجلسة إلى باقتك.',
  reasonLabel: 'السبب',
  rescheduleSubject: (title) => `تغيّر موعد الجلسة: ${title}`,
  rescheduleIntro: (title, expert) => `تغيّر موعد جلستك من «${title}» مع ${expert}.`,
  newTimeLabel: 'الموعد الجديد',
  previousTimeLabel: 'الموعد السابق',
  rescheduleLinks: 'تبقى الروابط الواردة في رسالة تأكيد الحجز صالحة للموعد الجديد.',
  refundSubject: (title) => `استرداد: ${title}`,
  refundIntro: (title, expert, scope) =>
    scope === 'full' ? `تم استرداد مبلغ شرائك «${title}» مع ${expert}.` : `تم استرداد الجلسات غير المستخدمة من شرائك «${title}» مع ${expert}.`,
  refundAmountLabel: 'المبلغ المسترد',
  refundToLabel: 'أُعيد إلى',
  refundDateLabel: 'التاريخ',
  refundSessionsLabel: 'الجلسات المستردة',
  refundTo: {
    card: 'البطاقة التي دفعت بها (قد يستغرق ظهور المبلغ بضعة أيام عمل)',
    credits: 'رصيدك',
    none: 'لا شيء للاسترداد: لم يُدفع شيء',
  },
  refundCancelledHeading: plural('ar', {
    one: 'أُلغيت هذه الجلسة المحجوزة مع الاسترداد:',
    two: 'أُلغيت هاتان الجلستان المحجوزتان مع الاسترداد:',
    other: 'أُلغيت هذه الجلسات المحجوزة مع الاسترداد:',
  }),
  creditReceiptSubject: (title) => `إيصال: ${title}`,
  creditReceiptIntro: (title) => `شكرًا لشرائك. أُضيف رصيد «${title}» إلى رصيدك.`,
  creditsAddedLabel: 'الرصيد المضاف',
  balanceLabel: 'الرصيد الجديد',
  purchaseDateLabel: 'التاريخ',
  campaignLabel: 'الحملة',
  reminderSubject: (title) => `تذكير: ${title}`,
  reminderIn: {
    days: plural('ar', { zero: 'بعد # يوم', one: 'بعد يوم واحد', two: 'بعد يومين', few: 'بعد # أيام', many: 'بعد # يومًا', other: 'بعد # يوم' }),
    hours: plural('ar', { zero: 'بعد # ساعة', one: 'بعد ساعة واحدة', two: 'بعد ساعتين', few: 'بعد # ساعات', many: 'بعد # ساعة', other: 'بعد # ساعة' }),
    minutes: plural('ar', { zero: 'بعد # دقيقة', one: 'بعد دقيقة واحدة', two: 'بعد دقيقتين', few: 'بعد # دقائق', many: 'بعد # دقيقة', other: 'بعد # دقيقة' }),
  },
  reminderIntro: (title, expert, when) => `تبدأ جلستك من «${title}» مع ${expert} ${when}:`,
  inPerson: (expert, atAddress) =>
    atAddress
      ? `ستلتقي ${expert} شخصيًا في هذا العنوان؛ لا توجد مكالمة للانضمام إليها.`
      : `ستلتقي ${expert} شخصيًا في المكان المتفق عليه عند الحجز؛ لا توجد مكالمة للانضمام إليها.`,
  signInSubject: 'رمز تسجيل الدخول الخاص بك',
  signInCode: (code) => `رمز تسجيل الدخول الخاص بك هو ${code}.`,
  signInValidity: (count) => `الرمز صالح لمدة ${minutes(count)} ويعمل مرة واحدة. أدخله حيث طلبت تسجيل الدخول.`,
  signInIgnore: 'إذا لم تطلب تسجيل الدخول، فتجاهل هذه الرسالة: لا يمكن لأحد تسجيل الدخول باسمك دون الرمز.',
};
