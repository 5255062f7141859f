/**
 * The coupon form's strings in each admin language (en, de, tr, ar), apart from the package
 * form's so that a dashboard without coupons never needs them.
 */
import type { CouponAppliesTo } from '../../core/validate-coupon.js';
import { adminTranslation } from './index.js';
import type { AdminLanguage, FieldText } from './translation.js';

/** How a coupon's codes are made: `count` generated codes, or one named `code`. */
export type CouponCodeMode = 'count' | 'code';

/** What a coupon gives: the key of its `value`. */
export type CouponValueKind = 'percentOff' | 'giftCredits';

/**
 * The name of a field of the coupon form: the wire name of a `CouponCreate` field, the two
 * choices `codeMode` and `valueKind`, and `percentOff` / `giftCredits`, the amount of `value`.
 */
export type CouponFormFieldName =
  | 'title'
  | 'codeMode'
  | 'count'
  | 'code'
  | 'valueKind'
  | 'percentOff'
  | 'giftCredits'
  | 'appliesTo'
  | 'usesPerCustomer'
  | 'totalUses'
  | 'startsAt'
  | 'expiresAt'
  | 'newMembersOnly'
  | 'expertIds';

/** Every coupon form string in one language. */
export interface CouponTranslation {
  fields: Record<CouponFormFieldName, FieldText>;
  codeMode: Record<CouponCodeMode, string>;
  valueKind: Record<CouponValueKind, string>;
  appliesTo: Record<CouponAppliesTo, string>;
  /** Unit names shown next to inputs. */
  units: { percent: string; credits: string; codes: string; uses: string };
}

const en: CouponTranslation = {
  fields: {
    title: { label: 'Title', help: 'The name of the coupon in the back office and the sales report.' },
    codeMode: { label: 'Codes', help: 'Generate a number of unguessable codes to hand out one by one, or choose one code to share.' },
    count: { label: 'Number of codes', help: 'How many codes to generate, such as K7QM-X2RD-9HTP.' },
    code: { label: 'Code', help: 'The code customers type: 3–40 letters, digits and hyphens. Upper and lower case are the same.' },
    valueKind: { label: 'Coupon type', help: 'What the coupon gives: a percentage off the price, or gift credits once the payment succeeds.' },
    percentOff: { label: 'Discount (%)', help: 'The percentage taken off the price; the discount is rounded to the nearest minor unit, halves up.' },
    giftCredits: { label: 'Gift credits', help: 'The credits added to the customer’s balance when the payment succeeds; the price stays the same.' },
    appliesTo: { label: 'Discount applies to', help: 'The package’s own price, or the price after a running campaign’s discount.' },
    usesPerCustomer: { label: 'Uses per customer', help: 'How many times one customer may use the coupon, with any of its codes.' },
    totalUses: { label: 'Total uses per code', help: 'How many times each code may be used in all. Leave empty for no limit.' },
    startsAt: { label: 'Valid from', help: 'When the codes start to work.' },
    expiresAt: { label: 'Expires', help: 'When the codes stop working; after the start. Leave empty for never.' },
    newMembersOnly: { label: 'New members only', help: 'Only for customers who have not bought anything yet.' },
    expertIds: { label: 'Experts', help: 'Only for these experts’ packages (then not for credit packages). Leave empty for every package.' },
  },
  codeMode: { count: 'Generate codes', code: 'One named code' },
  valueKind: { percentOff: 'Percentage discount', giftCredits: 'Gift credits' },
  appliesTo: { initial: 'The initial price', campaign: 'The campaign price' },
  units: { percent: '%', credits: 'credits', codes: 'codes', uses: 'uses' },
};

const de: CouponTranslation = {
  fields: {
    title: { label: 'Titel', help: 'Der Name des Gutscheins im Backoffice und im Verkaufsbericht.' },
    codeMode: { label: 'Codes', help: 'Eine Anzahl nicht erratbarer Codes erzeugen, die einzeln vergeben werden, oder einen Code zum Teilen wählen.' },
    count: { label: 'Anzahl der Codes', help: 'Wie viele Codes erzeugt werden, etwa K7QM-X2RD-9HTP.' },
    code: { label: 'Code', help: 'Der Code, den Kunden eingeben: 3–40 Buchstaben, Ziffern und Bindestriche. Groß- und Kleinschreibung sind gleich.' },
    valueKind: { label: 'Gutscheinart', help: 'Was der Gutschein gewährt: einen Prozentrabatt auf den Preis oder Geschenk-Credits nach erfolgreicher Zahlung.' },
    percentOff: { label: 'Rabatt (%)', help: 'Der Prozentsatz, der vom Preis abgezogen wird; der Rabatt wird auf die kleinste Einheit gerundet, Hälften aufwärts.' },
    giftCredits: { label: 'Geschenk-Credits', help: 'Die Credits, die dem Guthaben des Kunden nach erfolgreicher Zahlung gutgeschrieben werden; der Preis bleibt gleich.' },
    appliesTo: { label: 'Rabatt gilt für', help: 'Den eigenen Preis des Pakets oder den Preis nach dem Rabatt einer laufenden Kampagne.' },
    usesPerCustomer: { label: 'Einlösungen pro Kunde', help: 'Wie oft ein Kunde den Gutschein einlösen darf, mit jedem seiner Codes.' },
    totalUses: { label: 'Einlösungen pro Code insgesamt', help: 'Wie oft jeder Code insgesamt eingelöst werden darf. Leer lassen für unbegrenzt.' },
    startsAt: { label: 'Gültig ab', help: 'Ab wann die Codes gelten.' },
    expiresAt: { label: 'Läuft ab', help: 'Wann die Codes ungültig werden; nach dem Beginn. Leer lassen für nie.' },
    newMembersOnly: { label: 'Nur für neue Mitglieder', help: 'Nur für Kunden, die noch nichts gekauft haben.' },
    expertIds: { label: 'Experten', help: 'Nur für die Pakete dieser Experten (dann nicht für Credit-Pakete). Leer lassen für alle Pakete.' },
  },
  codeMode: { count: 'Codes erzeugen', code: 'Ein eigener Code' },
  valueKind: { percentOff: 'Prozentrabatt', giftCredits: 'Geschenk-Credits' },
  appliesTo: { initial: 'Den ursprünglichen Preis', campaign: 'Den Kampagnenpreis' },
  units: { percent: '%', credits: 'Credits', codes: 'Codes', uses: 'Einlösungen' },
};

const tr: CouponTranslation = {
  fields: {
    title: { label: 'Başlık', help: 'Kuponun yönetim panelinde ve satış raporunda görünen adı.' },
    codeMode: { label: 'Kodlar', help: 'Tek tek dağıtmak için tahmin edilemez kodlar üretin ya da paylaşmak için tek bir kod seçin.' },
    count: { label: 'Kod sayısı', help: 'Üretilecek kod sayısı; örneğin K7QM-X2RD-9HTP.' },
    code: { label: 'Kod', help: 'Müşterilerin yazdığı kod: 3–40 harf, rakam ve kısa çizgi. Büyük ve küçük harf fark etmez.' },
    valueKind: { label: 'Kupon türü', help: 'Kuponun verdiği: fiyattan yüzde indirim ya da ödeme başarılı olunca hediye kredi.' },
    percentOff: { label: 'İndirim (%)', help: 'Fiyattan düşülen yüzde; indirim en küçük birime yuvarlanır, yarımlar yukarı.' },
    giftCredits: { label: 'Hediye kredi', help: 'Ödeme başarılı olunca müşterinin bakiyesine eklenen krediler; fiyat değişmez.' },
    appliesTo: { label: 'İndirimin uygulandığı fiyat', help: 'Paketin kendi fiyatı ya da süren bir kampanyanın indiriminden sonraki fiyat.' },
    usesPerCustomer: { label: 'Müşteri başına kullanım', help: 'Bir müşterinin kuponu, kodlarından herhangi biriyle, kaç kez kullanabileceği.' },
    totalUses: { label: 'Kod başına toplam kullanım', help: 'Her kodun toplamda kaç kez kullanılabileceği. Sınırsız için boş bırakın.' },
    startsAt: { label: 'Geçerlilik başlangıcı', help: 'Kodların geçerli olmaya başladığı an.' },
    expiresAt: { label: 'Son geçerlilik', help: 'Kodların geçersiz olduğu an; başlangıçtan sonra. Süresiz için boş bırakın.' },
    newMembersOnly: { label: 'Yalnızca yeni üyeler', help: 'Yalnızca henüz hiçbir şey satın almamış müşteriler için.' },
    expertIds: { label: 'Uzmanlar', help: 'Yalnızca bu uzmanların paketleri için (kredi paketleri için geçmez). Tüm paketler için boş bırakın.' },
  },
  codeMode: { count: 'Kod üret', code: 'Tek bir özel kod' },
  valueKind: { percentOff: 'Yüzde indirim', giftCredits: 'Hediye kredi' },
  appliesTo: { initial: 'İlk fiyat', campaign: 'Kampanya fiyatı' },
  units: { percent: '%', credits: 'kredi', codes: 'kod', uses: 'kullanım' },
};

const ar: CouponTranslation = {
  fields: {
    title: { label: 'العنوان', help: 'اسم القسيمة في لوحة الإدارة وفي تقرير المبيعات.' },
    codeMode: { label: 'الرموز', help: 'أنشئ عددًا من الرموز التي لا يمكن تخمينها لتوزيعها واحدًا واحدًا، أو اختر رمزًا واحدًا للمشاركة.' },
    count: { label: 'عدد الرموز', help: 'عدد الرموز المراد إنشاؤها، مثل K7QM-X2RD-9HTP.' },
    code: { label: 'الرمز', help: 'الرمز الذي يكتبه العملاء: من 3 إلى 40 حرفًا ورقمًا وشرطة. لا فرق بين الأحرف الكبيرة والصغيرة.' },
    valueKind: { label: 'نوع القسيمة', help: 'ما تمنحه القسيمة: نسبة خصم من السعر، أو أرصدة هدية بعد نجاح الدفع.' },
    percentOff: { label: 'الخصم (%)', help: 'النسبة المخصومة من السعر؛ يُقرَّب الخصم إلى أصغر وحدة، والنصف إلى الأعلى.' },
    giftCredits: { label: 'أرصدة الهدية', help: 'الأرصدة التي تُضاف إلى رصيد العميل بعد نجاح الدفع؛ ويبقى السعر كما هو.' },
    appliesTo: { label: 'يسري الخصم على', help: 'سعر الباقة الأصلي، أو السعر بعد خصم حملة جارية.' },
    usesPerCustomer: { label: 'مرات الاستخدام لكل عميل', help: 'عدد المرات التي يمكن للعميل الواحد فيها استخدام القسيمة بأي من رموزها.' },
    totalUses: { label: 'إجمالي مرات الاستخدام لكل رمز', help: 'عدد المرات التي يمكن فيها استخدام كل رمز إجمالًا. اتركه فارغًا لعدم وجود حد.' },
    startsAt: { label: 'صالحة من', help: 'متى تبدأ الرموز بالعمل.' },
    expiresAt: { label: 'تنتهي في', help: 'متى تتوقف الرموز عن العمل؛ بعد البداية. اتركه فارغًا لعدم الانتهاء.' },
    newMembersOnly: { label: 'للأعضاء الجدد فقط', help: 'فقط للعملاء الذين لم يشتروا شيئًا بعد.' },
    expertIds: { label: 'الخبراء', help: 'فقط لباقات هؤلاء الخبراء (وعندها لا تسري على باقات الأرصدة). اتركه فارغًا لجميع الباقات.' },
  },
  codeMode: { count: 'إنشاء رموز', code: 'رمز واحد مُسمّى' },
  valueKind: { percentOff: 'نسبة خصم', giftCredits: 'أرصدة هدية' },
  appliesTo: { initial: 'السعر الأصلي', campaign: 'سعر الحملة' },
  units: { percent: '%', credits: 'أرصدة', codes: 'رموز', uses: 'مرات الاستخدام' },
};

const TRANSLATIONS: Readonly<Record<AdminLanguage, CouponTranslation>> = { en, de, tr, ar };

/** The coupon strings of a BCP 47 `locale` (its base language), English when there are none. */
export function couponTranslation(locale: string): CouponTranslation {
  return TRANSLATIONS[adminTranslation(locale).$code];
}
