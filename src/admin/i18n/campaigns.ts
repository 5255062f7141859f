/**
 * The campaign form's strings in each admin language (en, de, tr, ar), apart from the package
 * form's so that a dashboard without campaigns never needs them.
 */
import type { CampaignType } from '../../core/validate-campaign.js';
import { adminTranslation } from './index.js';
import type { AdminLanguage, FieldText } from './translation.js';

/** The wire name of a field of the campaign form. */
export type CampaignFormFieldName =
  | 'type'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'active'
  | 'giftCredits'
  | 'signedUpAfter'
  | 'percentOff'
  | 'amountOff'
  | 'currency'
  | 'creditPackageIds';

/** Every campaign form string in one language. */
export interface CampaignTranslation {
  fields: Record<CampaignFormFieldName, FieldText>;
  type: Record<CampaignType, string>;
  /** Unit names shown next to inputs. */
  units: { percent: string; credits: string; minorUnits: string };
}

const en: CampaignTranslation = {
  fields: {
    type: { label: 'Campaign type', help: 'What the campaign gives: gift credits, or a discount on credit packages. It cannot change once saved.' },
    title: { label: 'Title', help: 'The name of the campaign, shown to customers beside a discounted price.' },
    startsAt: { label: 'Start', help: 'When the campaign starts.' },
    endsAt: { label: 'End', help: 'When the campaign ends; after the start.' },
    active: { label: 'Active', help: 'Only an active campaign runs, between its start and its end.' },
    giftCredits: { label: 'Gift credits', help: 'The credits each customer receives, once per campaign.' },
    signedUpAfter: { label: 'Signed up after', help: 'Gift only customers who signed up after this moment. Leave empty for every customer.' },
    percentOff: { label: 'Discount (%)', help: 'The percentage taken off the price; the discount is rounded to the nearest minor unit, halves up.' },
    amountOff: { label: 'Fixed discount', help: 'An amount taken off each selected package, typed in the main unit of the currency (5.00 for five euros). Use either this or a percentage.' },
    currency: { label: 'Currency', help: 'The currency of the fixed discount: it applies only to packages priced in it.' },
    creditPackageIds: { label: 'Credit packages', help: 'The credit packages the discount applies to.' },
  },
  type: {
    gift_new_members: 'Gift credits to new members',
    gift_first_verification: 'Gift credits on the first e-mail verification',
    discount_all_credit_packages: 'Discount on all credit packages',
    discount_selected_credit_packages: 'Discount on selected credit packages',
  },
  units: { percent: '%', credits: 'credits', minorUnits: 'minor units' },
};

const de: CampaignTranslation = {
  fields: {
    type: { label: 'Kampagnentyp', help: 'Was die Kampagne gewährt: Geschenk-Credits oder einen Rabatt auf Credit-Pakete. Nach dem Speichern nicht mehr änderbar.' },
    title: { label: 'Titel', help: 'Der Name der Kampagne, den Kunden neben einem reduzierten Preis sehen.' },
    startsAt: { label: 'Beginn', help: 'Wann die Kampagne beginnt.' },
    endsAt: { label: 'Ende', help: 'Wann die Kampagne endet; nach dem Beginn.' },
    active: { label: 'Aktiv', help: 'Nur eine aktive Kampagne läuft, zwischen Beginn und Ende.' },
    giftCredits: { label: 'Geschenk-Credits', help: 'Die Credits, die jeder Kunde einmal pro Kampagne erhält.' },
    signedUpAfter: { label: 'Registriert nach', help: 'Nur Kunden beschenken, die sich nach diesem Zeitpunkt registriert haben. Leer lassen für alle Kunden.' },
    percentOff: { label: 'Rabatt (%)', help: 'Der Prozentsatz, der vom Preis abgezogen wird; der Rabatt wird auf die kleinste Einheit gerundet, Hälften aufwärts.' },
    amountOff: { label: 'Fester Rabatt', help: 'Ein Betrag, der von jedem gewählten Paket abgezogen wird, in der Hauptwährungseinheit (5,00 für fünf Euro). Entweder dies oder ein Prozentsatz.' },
    currency: { label: 'Währung', help: 'Die Währung des festen Rabatts: Er gilt nur für Pakete in dieser Währung.' },
    creditPackageIds: { label: 'Credit-Pakete', help: 'Die Credit-Pakete, für die der Rabatt gilt.' },
  },
  type: {
    gift_new_members: 'Geschenk-Credits für neue Mitglieder',
    gift_first_verification: 'Geschenk-Credits bei der ersten E-Mail-Bestätigung',
    discount_all_credit_packages: 'Rabatt auf alle Credit-Pakete',
    discount_selected_credit_packages: 'Rabatt auf ausgewählte Credit-Pakete',
  },
  units: { percent: '%', credits: 'Credits', minorUnits: 'kleinste Einheiten' },
};

const tr: CampaignTranslation = {
  fields: {
    type: { label: 'Kampanya türü', help: 'Kampanyanın verdiği: hediye kredi ya da kredi paketlerinde indirim. Kaydedildikten sonra değiştirilemez.' },
    title: { label: 'Başlık', help: 'Kampanyanın adı; müşteriler indirimli fiyatın yanında görür.' },
    startsAt: { label: 'Başlangıç', help: 'Kampanyanın başladığı an.' },
    endsAt: { label: 'Bitiş', help: 'Kampanyanın bittiği an; başlangıçtan sonra.' },
    active: { label: 'Aktif', help: 'Yalnızca aktif bir kampanya, başlangıç ile bitiş arasında geçerlidir.' },
    giftCredits: { label: 'Hediye kredi', help: 'Her müşterinin kampanya başına bir kez aldığı krediler.' },
    signedUpAfter: { label: 'Şu tarihten sonra kayıt olanlar', help: 'Yalnızca bu andan sonra kayıt olan müşterilere hediye ver. Tüm müşteriler için boş bırakın.' },
    percentOff: { label: 'İndirim (%)', help: 'Fiyattan düşülen yüzde; indirim en küçük birime yuvarlanır, yarımlar yukarı.' },
    amountOff: { label: 'Sabit indirim', help: 'Seçilen her paketten düşülen tutar, para biriminin ana biriminde (beş euro için 5,00). Bunu ya da bir yüzdeyi kullanın.' },
    currency: { label: 'Para birimi', help: 'Sabit indirimin para birimi: yalnızca bu para birimindeki paketlere uygulanır.' },
    creditPackageIds: { label: 'Kredi paketleri', help: 'İndirimin uygulandığı kredi paketleri.' },
  },
  type: {
    gift_new_members: 'Yeni üyelere hediye kredi',
    gift_first_verification: 'İlk e-posta doğrulamasında hediye kredi',
    discount_all_credit_packages: 'Tüm kredi paketlerinde indirim',
    discount_selected_credit_packages: 'Seçili kredi paketlerinde indirim',
  },
  units: { percent: '%', credits: 'kredi', minorUnits: 'en küçük birim' },
};

const ar: CampaignTranslation = {
  fields: {
    type: { label: 'نوع الحملة', help: 'ما تمنحه الحملة: أرصدة هدية أو خصم على باقات الأرصدة. لا يمكن تغييره بعد الحفظ.' },
    title: { label: 'العنوان', help: 'اسم الحملة الذي يراه العملاء بجانب السعر المخفّض.' },
    startsAt: { label: 'البداية', help: 'متى تبدأ الحملة.' },
    endsAt: { label: 'النهاية', help: 'متى تنتهي الحملة؛ بعد البداية.' },
    active: { label: 'نشطة', help: 'لا تسري إلا الحملة النشطة، بين بدايتها ونهايتها.' },
    giftCredits: { label: 'أرصدة الهدية', help: 'الأرصدة التي يحصل عليها كل عميل مرة واحدة لكل حملة.' },
    signedUpAfter: { label: 'المسجّلون بعد', help: 'امنح الهدية فقط للعملاء الذين سجّلوا بعد هذا الوقت. اتركه فارغًا لجميع العملاء.' },
    percentOff: { label: 'الخصم (%)', help: 'النسبة المخصومة من السعر؛ يُقرَّب الخصم إلى أصغر وحدة، والنصف إلى الأعلى.' },
    amountOff: { label: 'خصم ثابت', help: 'مبلغ يُخصم من كل باقة مختارة، بالوحدة الرئيسية للعملة (5.00 لخمسة يوروهات). استخدم هذا أو نسبة مئوية.' },
    currency: { label: 'العملة', help: 'عملة الخصم الثابت: لا يسري إلا على الباقات المسعّرة بها.' },
    creditPackageIds: { label: 'باقات الأرصدة', help: 'باقات الأرصدة التي يسري عليها الخصم.' },
  },
  type: {
    gift_new_members: 'أرصدة هدية للأعضاء الجدد',
    gift_first_verification: 'أرصدة هدية عند أول تأكيد للبريد الإلكتروني',
    discount_all_credit_packages: 'خصم على جميع باقات الأرصدة',
    discount_selected_credit_packages: 'خصم على باقات أرصدة مختارة',
  },
  units: { percent: '%', credits: 'أرصدة', minorUnits: 'أصغر وحدات' },
};

const TRANSLATIONS: Readonly<Record<AdminLanguage, CampaignTranslation>> = { en, de, tr, ar };

/** The campaign strings of a BCP 47 `locale` (its base language), English when there are none. */
export function campaignTranslation(locale: string): CampaignTranslation {
  return TRANSLATIONS[adminTranslation(locale).$code];
}
