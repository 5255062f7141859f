import { plural } from '../../../core/plural.js';
import type { CreditsTerms } from './terms.js';

const credits = plural('tr', { one: '# kredi', other: '# kredi' });

/** The texts of `<appt-credits>` in Turkish. */
export const tr: CreditsTerms = {
  $code: 'tr',
  creditsLabel: 'Kredi satın al',
  creditsSignIn: 'Bakiyenizi görmek ve kredi satın almak için giriş yapın.',
  creditsLoading: 'Bakiyeniz ve kredi paketleri yükleniyor…',
  creditsBalance: (count) => `Bakiyeniz: ${credits(count)}`,
  creditsOffersLegend: 'Bir kredi paketi seçin',
  creditsAmount: credits,
  creditsEmpty: 'Şu anda satışta kredi paketi yok.',
  creditsErrorTitle: 'Kredileriniz yüklenemedi.',
  creditsCardLegend: 'Kart',
  creditsCardLoading: 'Güvenli kart formu yükleniyor…',
  creditsCardUnavailable: 'Kart formu yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
  creditsTestMode: 'Test modu: para hareketi olmaz. Test kartının nasıl davranacağını seçin.',
  creditsTestCards: {
    pm_card_visa: 'Başarılı test kartı',
    pm_card_declined: 'Reddedilen test kartı',
    pm_card_authentication_required: 'Doğrulama isteyen test kartı',
  },
  creditsPay: (price) => `${price} öde`,
  creditsPaying: 'Ödeniyor…',
  creditsAuthenticateTitle: 'Bankanız bu ödemeyi onaylamanızı istiyor.',
  creditsAuthenticateButton: 'Ödemeyi onayla (test)',
  creditsCompleting: 'Satın alma işleminiz tamamlanıyor…',
  creditsWasNow: (was, now) => `önceki fiyat ${was}, şimdi ${now}`,
  creditsCampaignEnds: (when) => `Bitiş: ${when}`,
  creditsPurchased: (added, balance, charged) => `${charged} karşılığında ${credits(added)} eklendi; bakiyeniz ${credits(balance)}.`,
  creditsErrorDeclined: 'Kartınız reddedildi. Hiçbir ücret alınmadı ve kredi eklenmedi; başka bir kart deneyin.',
  creditsErrorAuthentication: 'Ödeme onaylanmadı. Hiçbir ücret alınmadı; tekrar deneyin.',
  creditsErrorNetwork: 'Sunucuya ulaşılamadı. Tekrar deneyin: iki kez ücret alınmaz.',
  creditsErrorSignIn: 'Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.',
  creditsErrorUnavailable: 'Bu kredi paketi artık satışta değil. Hiçbir ücret alınmadı; lütfen başka bir paket seçin.',
  creditsErrorOther: 'Bir sorun oluştu. Hiçbir ücret alınmadı; lütfen tekrar deneyin.',
};
