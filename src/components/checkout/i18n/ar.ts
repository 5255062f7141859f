import { plural } from '../../../core/plural.js';
import type { CheckoutTerms } from './terms.js';

/** "حتى 24 ساعة قبل كل جلسة"; 0: حتى بدء كل جلسة. */
const upTo = (hours: number): string =>
  hours === 0
    ? 'حتى بدء كل جلسة'
    : `حتى ${plural('ar', { zero: '# ساعة', one: 'ساعة واحدة', two: 'ساعتين', few: '# ساعات', many: '# ساعة', other: '# ساعة' })(hours)} قبل كل جلسة`;

/** The checkout's texts in Arabic. */
export const ar: CheckoutTerms = {
  $code: 'ar',
  checkoutLabel: 'الدفع',
  yourTimes: 'مواعيدك',
  noTimesChosen: 'لم يتم اختيار موعد بعد: يمكنك حجز الجلسات بعد الدفع.',
  sessionsLater: plural('ar', {
    zero: 'لا توجد جلسات أخرى للحجز لاحقًا.',
    one: 'يمكن حجز جلسة واحدة أخرى لاحقًا.',
    two: 'يمكن حجز جلستين أخريين لاحقًا.',
    few: 'يمكن حجز # جلسات أخرى لاحقًا.',
    many: 'يمكن حجز # جلسة أخرى لاحقًا.',
    other: 'يمكن حجز # جلسة أخرى لاحقًا.',
  }),
  methodLegend: 'الدفع بواسطة',
  methodCard: (price) => `البطاقة · ${price}`,
  methodCredits: plural('ar', { zero: 'الرصيد · # رصيد', one: 'الرصيد · رصيد واحد', two: 'الرصيد · رصيدان', few: 'الرصيد · # أرصدة', many: 'الرصيد · # رصيدًا', other: 'الرصيد · # رصيد' }),
  balance: plural('ar', { zero: 'رصيدك: #', one: 'رصيدك: واحد', two: 'رصيدك: اثنان', few: 'رصيدك: #', many: 'رصيدك: #', other: 'رصيدك: #' }),
  creditsNeedSignIn: 'سجّل الدخول للدفع من رصيدك.',
  creditsShort: (balance, price) => `لديك ${balance} من ${price} رصيد يتطلبه هذا: اشترِ رصيدًا أو ادفع بالبطاقة.`,
  buyCredits: 'اشترِ رصيدًا',
  guestLegend: 'بياناتك',
  nameLabel: 'الاسم',
  emailLabel: 'البريد الإلكتروني',
  phoneLabel: 'رقم الهاتف',
  phoneHelp: 'مع رمز الدولة، مثل ‎+966501234567‎. سيتصل الخبير بهذا الرقم.',
  nameRequired: 'أدخل اسمك.',
  emailInvalid: 'أدخل بريدًا إلكترونيًا مثل \u2066name@example.com\u2069.',
  phoneInvalid: 'أدخل الرقم مع + ورمز الدولة، مثل ‎+966501234567‎.',
  cardLegend: 'البطاقة',
  cardLoading: 'جارٍ تحميل نموذج البطاقة الآمن…',
  cardUnavailable: 'تعذّر تحميل نموذج البطاقة. تحقّق من اتصالك وحاول مرة أخرى.',
  testModeNotice: 'وضع الاختبار: لا تُنقل أي أموال. اختر سلوك بطاقة الاختبار.',
  testCards: {
    pm_card_visa: 'بطاقة اختبار تنجح',
    pm_card_declined: 'بطاقة اختبار تُرفض',
    pm_card_authentication_required: 'بطاقة اختبار تطلب التحقق',
  },
  pay: (price) => `ادفع ${price}`,
  creditsPrice: plural('ar', { zero: '# رصيد', one: 'رصيد واحد', two: 'رصيدان', few: '# أرصدة', many: '# رصيدًا', other: '# رصيد' }),
  freeNotice: 'هذه الباقة مجانية: لا يوجد ما تدفعه.',
  confirmFree: 'تأكيد الحجز',
  confirming: 'جارٍ التأكيد…',
  paying: 'جارٍ الدفع…',
  authenticateTitle: 'يطلب مصرفك تأكيد هذه الدفعة.',
  authenticateButton: 'تأكيد الدفعة (اختبار)',
  errorDeclined: 'تم رفض بطاقتك. لم يُخصم أي مبلغ؛ جرّب بطاقة أخرى.',
  errorInsufficientCredits: (balance, price) => `السعر ${price} رصيد ورصيدك ${balance}. لم يُخصم شيء؛ ادفع بالبطاقة أو اشترِ رصيدًا.`,
  errorAuthentication: 'لم يتم تأكيد الدفعة. لم يُخصم أي مبلغ؛ حاول مرة أخرى.',
  errorSlotsLost: 'حُجز أحد مواعيدك للتو أو انتهت مدة حجزك المؤقت. لم يُخصم أي مبلغ؛ يُرجى الاختيار من جديد.',
  chooseOtherTimes: 'اختر مواعيد أخرى',
  errorNetworkPay: 'تعذّر الوصول إلى الخادم. حاول مرة أخرى: لن يُخصم المبلغ مرتين.',
  errorSignIn: 'انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.',
  errorPayOther: 'حدث خطأ ما. لم يُخصم أي مبلغ؛ يُرجى المحاولة مرة أخرى.',
  confirmedTimesLost: 'تمت عملية الدفع، لكن مواعيدك المحجوزة مؤقتًا انتهت في أثناء ذلك. لم يضع شيء: احجز جلساتك الآن من حجوزاتك.',
  confirmedTitle: 'تم حجزك',
  confirmationSent: (email) => `أُرسل التأكيد إلى ${email}.`,
  confirmationSentSomewhere: 'أُرسل التأكيد إلى بريدك الإلكتروني.',
  emailNotSent: 'لم تُرسل رسالة تأكيد بالبريد الإلكتروني. كل ما تحتاجه موجود في هذه الصفحة: احتفظ برقم طلبك.',
  emailNotSentSignedIn: 'لم تُرسل رسالة تأكيد بالبريد الإلكتروني. كل ما تحتاجه موجود في هذه الصفحة وفي «حجوزاتي».',
  orderNumber: 'رقم الطلب',
  amountPaid: 'المبلغ المدفوع',
  amountFree: 'مجانًا',
  paymentMethod: 'طريقة الدفع',
  paidWith: { card: 'البطاقة', credits: 'الرصيد', free: 'مجانًا، بلا دفع' },
  sessionsToBook: plural('ar', {
    zero: 'لا توجد جلسات للحجز لاحقًا.',
    one: 'تبقى جلسة واحدة تُحجز لاحقًا.',
    two: 'تبقى جلستان تُحجزان لاحقًا.',
    few: 'تبقى # جلسات تُحجز لاحقًا.',
    many: 'تبقى # جلسة تُحجز لاحقًا.',
    other: 'تبقى # جلسة تُحجز لاحقًا.',
  }),
  bookLaterWhere: 'اختر المواعيد من «حجوزاتي».',
  bookLaterWhereGuest: 'اختر المواعيد من «حجوزاتي»: سجّل الدخول هناك ببريدك الإلكتروني.',
  places: { video: 'مكالمة فيديو', audio: 'مكالمة صوتية', phone: 'مكالمة هاتفية', in_person: 'حضوريًا' },
  calendarExpert: (name) => `مع ${name}`,
  calendarCallLink: (url) => `رابط المكالمة: ${url}`,
  addToCalendar: 'أضف إلى التقويم (\u2066.ics\u2069)', // isolated left to right, or it reads "(ics.)"
  joinLink: (time) => `رابط المكالمة لموعد ${time}`,
  completingPayment: 'جارٍ إتمام دفعتك…',
  timesInZone: (zone) => `المواعيد حسب ${zone}`, // zone names start with "توقيت": "بتوقيت" would double it
  bookingPolicy: ({ cancelHours, rescheduleHours, returned }) =>
    `${returned ? 'إلغاء مجاني' : 'الإلغاء'} ${upTo(cancelHours)}${returned === false ? ' دون استرداد الجلسة' : ''}. تغيير الموعد ${upTo(rescheduleHours)}.`,
};
