/**
 * The booking policy form's strings in each admin language (en, de, tr, ar): the tenant's policy
 * in the settings, and a package's own policy in the package form.
 */
import { adminTranslation } from './index.js';
import type { AdminLanguage, FieldText } from './translation.js';

/** A field of a booking policy. */
export type BookingPolicyField = 'cancelCutoffHours' | 'rescheduleCutoffHours' | 'cancelReturnsSession';

/** Every booking policy string in one language. */
export interface PolicyTranslation {
  fields: Record<BookingPolicyField, FieldText>;
  /** The package form's choice: the tenant's policy (from the settings), or one of its own. */
  source: { general: string; own: string };
  /** The choices of `cancelReturnsSession`. */
  returnsSession: { true: string; false: string };
  /** The unit of the cut-offs. */
  hours: string;
}

const en: PolicyTranslation = {
  fields: {
    cancelCutoffHours: {
      label: 'Cancellation cut-off',
      help: 'Customers may cancel a session until this many hours before it starts; 0 allows it until the start.',
    },
    rescheduleCutoffHours: {
      label: 'Rescheduling cut-off',
      help: 'Customers may move a session to another free time until this many hours before it starts.',
    },
    cancelReturnsSession: {
      label: 'Cancelled session',
      help: 'Whether a session cancelled in time goes back to the package, so the customer can book it again.',
    },
  },
  source: { general: 'The general policy (settings)', own: 'Its own policy' },
  returnsSession: { true: 'Goes back to the package', false: 'Is used up' },
  hours: 'hours',
};

const de: PolicyTranslation = {
  fields: {
    cancelCutoffHours: {
      label: 'Stornofrist',
      help: 'Kundinnen und Kunden können eine Sitzung bis so viele Stunden vor ihrem Beginn stornieren; 0 erlaubt es bis zum Beginn.',
    },
    rescheduleCutoffHours: {
      label: 'Frist für Terminänderungen',
      help: 'Kundinnen und Kunden können eine Sitzung bis so viele Stunden vor ihrem Beginn auf eine andere freie Zeit verlegen.',
    },
    cancelReturnsSession: {
      label: 'Stornierte Sitzung',
      help: 'Ob eine rechtzeitig stornierte Sitzung zum Paket zurückgeht und erneut gebucht werden kann.',
    },
  },
  source: { general: 'Die allgemeinen Regeln (Einstellungen)', own: 'Eigene Regeln' },
  returnsSession: { true: 'Geht zum Paket zurück', false: 'Verfällt' },
  hours: 'Stunden',
};

const tr: PolicyTranslation = {
  fields: {
    cancelCutoffHours: {
      label: 'İptal süresi',
      help: 'Müşteriler bir seansı başlamasından bu kadar saat öncesine kadar iptal edebilir; 0 başlangıca kadar izin verir.',
    },
    rescheduleCutoffHours: {
      label: 'Erteleme süresi',
      help: 'Müşteriler bir seansı başlamasından bu kadar saat öncesine kadar başka bir boş saate taşıyabilir.',
    },
    cancelReturnsSession: {
      label: 'İptal edilen seans',
      help: 'Zamanında iptal edilen seansın pakete geri dönüp dönmediği; dönerse müşteri onu yeniden rezerve edebilir.',
    },
  },
  source: { general: 'Genel kurallar (ayarlar)', own: 'Pakete özel kurallar' },
  returnsSession: { true: 'Pakete geri döner', false: 'Kullanılmış sayılır' },
  hours: 'saat',
};

const ar: PolicyTranslation = {
  fields: {
    cancelCutoffHours: {
      label: 'مهلة الإلغاء',
      help: 'يمكن للعملاء إلغاء الجلسة حتى هذا العدد من الساعات قبل بدئها؛ القيمة 0 تسمح بذلك حتى البدء.',
    },
    rescheduleCutoffHours: {
      label: 'مهلة تغيير الموعد',
      help: 'يمكن للعملاء نقل الجلسة إلى وقت متاح آخر حتى هذا العدد من الساعات قبل بدئها.',
    },
    cancelReturnsSession: {
      label: 'الجلسة الملغاة',
      help: 'ما إذا كانت الجلسة الملغاة في الوقت المحدد تعود إلى الباقة ليحجزها العميل من جديد.',
    },
  },
  source: { general: 'السياسة العامة (الإعدادات)', own: 'سياسة خاصة بالباقة' },
  returnsSession: { true: 'تعود إلى الباقة', false: 'تُحتسب مستخدمة' },
  hours: 'ساعة',
};

const TRANSLATIONS: Readonly<Record<AdminLanguage, PolicyTranslation>> = { en, de, tr, ar };

/** The booking policy strings for a BCP 47 `locale` (its base language), English when there are none. */
export function policyTranslation(locale: string): PolicyTranslation {
  return TRANSLATIONS[adminTranslation(locale).$code];
}
