import { plural } from '../../../core/plural.js';
import type { CallTerms } from './terms.js';

/** The call launcher's texts in Arabic. */
export const ar: CallTerms = {
  $code: 'ar',
  callLabel: 'مكالمة الجلسة',
  callJoin: 'الانضمام إلى المكالمة',
  callRejoin: 'الانضمام مجددًا',
  callJoining: 'جارٍ الانضمام…',
  callLeave: 'مغادرة المكالمة',
  callEnd: 'إنهاء الجلسة',
  callOpensAt: (time) => `تُفتح المكالمة في ${time}.`,
  callOpensIn: (duration) => `تُفتح بعد ${duration}`,
  callTimeLeft: (duration) => `الوقت المتبقي ${duration}`,
  callStopsIn: (duration) => `تتوقف المكالمة بعد ${duration}`,
  callMinutesLeft: plural('ar', {
    zero: 'لم تتبقَّ أي دقيقة',
    one: 'تبقّت دقيقة واحدة',
    two: 'تبقّت دقيقتان',
    few: 'تبقّت # دقائق',
    many: 'تبقّت # دقيقة',
    other: 'تبقّت # دقيقة',
  }),
  callWaitingForClient: 'يبدأ وقت الجلسة عند انضمام العميل.',
  callTimeUpExpert: 'انتهى الوقت. يُرجى إنهاء الجلسة.',
  callTimeUpClient: 'انتهى الوقت. سيُنهي الخبير الجلسة قريبًا.',
  callEndedTitle: 'انتهت الجلسة.',
  callEnded: {
    deadline: 'انتهت الجلسة في وقتها المحدد.',
    expert: 'أنهى الخبير الجلسة.',
    hard_stop: 'بلغت الجلسة حدها الزمني وتم إيقافها.',
    left: 'غادرت المكالمة. يمكنك الانضمام مجددًا ما دامت الجلسة قائمة.',
  },
  callEjected: 'تمت إزالتك من المكالمة.',
  callNetworkLost: 'انقطع الاتصال. جارٍ إعادة الاتصال…',
  callPermissionDenied: (video) =>
    `حظر متصفحك ${video ? 'الكاميرا والميكروفون' : 'الميكروفون'}. اسمح بالوصول من الرمز في شريط العنوان أو من إعدادات الموقع، ثم انضم مجددًا.`,
  callDeviceProblem: 'الكاميرا أو الميكروفون غير موجود أو يستخدمه تطبيق آخر. أغلق التطبيق الآخر ثم انضم مجددًا.',
  callPhone: {
    dialing: 'نتصل بهاتفك الآن…',
    connected: 'هاتفك متصل.',
    failed: 'تعذّر الوصول إلى هاتفك.',
  },
  callTestMode: 'وضع الاختبار: لا تجري مكالمة حقيقية.',
  callErrorTitle: 'تعذّر الانضمام إلى المكالمة.',
  callErrorEnded: 'انتهت هذه الجلسة بالفعل.',
  callErrorNotYours: 'هذا الرابط أو تسجيل الدخول لا يتيح لك هذه الجلسة. استخدم الرابط الموجود في رسالة التأكيد.',
  callErrorNotFound: 'تعذّر العثور على هذا الحجز.',
  callErrorBalance: 'لا يمكن إجراء المكالمة الهاتفية الآن. يُرجى التواصل مع الخبير.',
  callErrorStart: 'تعذّر بدء المكالمة. تحقّق من اتصالك وحاول مرة أخرى.',
};
