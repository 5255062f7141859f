import { plural } from '../../../core/plural.js';
import type { CreditsTerms } from './terms.js';

const credits = plural('ar', {
  zero: '# رصيد',
  one: 'رصيد واحد',
  two: 'رصيدان',
  few: '# أرصدة',
  many: '# رصيدًا',
  other: '# رصيد',
});

/** The texts of `<appt-credits>` in Arabic. */
export const ar: CreditsTerms = {
  $code: 'ar',
  creditsLabel: 'شراء الرصيد',
  creditsSignIn: 'سجّل الدخول لعرض رصيدك وشراء المزيد.',
  creditsLoading: 'جارٍ تحميل رصيدك وباقات الرصيد…',
  creditsBalance: (count) => `رصيدك: ${credits(count)}`,
  creditsOffersLegend: 'اختر باقة رصيد',
  creditsAmount: credits,
  creditsEmpty: 'لا توجد باقات رصيد معروضة للبيع حاليًا.',
  creditsErrorTitle: 'تعذّر تحميل رصيدك.',
  creditsCardLegend: 'البطاقة',
  creditsCardLoading: 'جارٍ تحميل نموذج البطاقة الآمن…',
  creditsCardUnavailable: 'تعذّر تحميل نموذج البطاقة. تحقّق من اتصالك وحاول مرة أخرى.',
  creditsTestMode: 'وضع الاختبار: لا تُنقل أي أموال. اختر سلوك بطاقة الاختبار.',
  creditsTestCards: {
    pm_card_visa: 'بطاقة اختبار تنجح',
    pm_card_declined: 'بطاقة اختبار تُرفض',
    pm_card_authentication_required: 'بطاقة اختبار تطلب التحقق',
  },
  creditsPay: (price) => `ادفع ${price}`,
  creditsPaying: 'جارٍ الدفع…',
  creditsAuthenticateTitle: 'يطلب مصرفك تأكيد هذه الدفعة.',
  creditsAuthenticateButton: 'تأكيد الدفعة (اختبار)',
  creditsCompleting: 'جارٍ إتمام عملية الشراء…',
  creditsWasNow: (was, now) => `كان السعر ${was}، والآن ${now}`,
  creditsCampaignEnds: (when) => `ينتهي العرض في ${when}`,
  creditsPurchased: (added, balance, charged) => `أُضيف ${credits(added)} مقابل ${charged}؛ رصيدك الآن ${credits(balance)}.`,
  creditsErrorDeclined: 'تم رفض بطاقتك. لم يُخصم أي مبلغ ولم يُضف أي رصيد؛ جرّب بطاقة أخرى.',
  creditsErrorAuthentication: 'لم يتم تأكيد الدفعة. لم يُخصم أي مبلغ؛ حاول مرة أخرى.',
  creditsErrorNetwork: 'تعذّر الوصول إلى الخادم. حاول مرة أخرى: لن يُخصم المبلغ مرتين.',
  creditsErrorSignIn: 'انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.',
  creditsErrorUnavailable: 'لم تعد باقة الرصيد هذه معروضة للبيع. لم يُخصم أي مبلغ؛ يُرجى اختيار باقة أخرى.',
  creditsErrorOther: 'حدث خطأ ما. لم يُخصم أي مبلغ؛ يُرجى المحاولة مرة أخرى.',
};
