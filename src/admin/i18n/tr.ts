import type { AdminTranslation } from './translation.js';

/** Turkish admin strings. */
export const tr: AdminTranslation = {
  $code: 'tr',
  $dir: 'ltr',
  fields: {
    appointmentType: {
      label: 'Randevu türü',
      help: 'Randevunun online bir seans mı yoksa yüz yüze bir görüşme mi olacağı.',
    },
    service: {
      label: 'Hizmet',
      help: 'Online randevunun verileceği hizmet; randevu süresince iki taraf için de aktif olur.',
    },
    location: {
      label: 'Buluşma yeri',
      help: 'Yüz yüze seansın yapıldığı adres; müşteri bunu ödeme sırasında, takvim kaydında ve her e-postada görür. İsteğe bağlı: yoksa e-postalar kararlaştırılan yeri söyler.',
    },
    durationMinutes: { label: 'Süre', help: 'Bir seans için gereken süre (dakika).' },
    fee: {
      label: 'Ücret',
      help: 'Paketin ücreti, kendi para biriminde: 90 avro için 90,00, 1.500 yen için 1500.',
    },
    credits: {
      label: 'Kredi',
      help: 'Paketin kredi cinsinden değeri; kullanıcılar platformdan aldıkları kredi paketleriyle de randevu alabilir. Krediyle satılmıyorsa boş bırakın.',
    },
    sessions: {
      label: 'Seans sayısı',
      help: 'Pakete dahil seans sayısı: kullanıcı takviminizdeki uygun zamanlardan bu kadar randevu alabilir.',
    },
    breakMinutes: {
      label: 'Mola',
      help: 'Her seanstan sonra uzmanlar için ayrılan mola süresi (dakika). Örnek: 60 (50+10).',
    },
    country: { label: 'Paket ülkesi', help: 'Paketin satılacağı ülke.' },
    currency: { label: 'Paket para birimi', help: 'Paketin satılacağı para birimi.' },
    listingOrder: {
      label: 'Listeleme sırası',
      help: 'Paketin uzman sayfasında yukarıdan (0) aşağıya sırası.',
    },
    endMode: { label: 'Randevu nasıl biter', help: 'Seansın kendiliğinden mi biteceği yoksa uzmanın mı bitireceği.' },
    endTiming: {
      label: 'Randevu ne zaman biter',
      help: 'Kullanıcı geç katılsa bile randevu bitiş saatinde ya da ayrılan sürenin tamamı kullanıldığında.',
    },
    title: { label: 'Başlık', help: 'Randevunun herkese görünen adı.' },
    description: { label: 'Açıklama', help: 'Randevunun içeriğine dair kısa bir açıklama.' },
    bookingPolicy: {
      label: 'Rezervasyon kuralları',
      help: 'Müşterilerin bu paketin bir seansını ne zamana kadar iptal edebileceği veya erteleyebileceği. Ayarlardaki genel kurallar geçerli olur ya da pakete özel kurallar verilir.',
    },
  },
  appointmentType: { online: 'Online seans', face_to_face: 'Yüz yüze görüşme' },
  service: {
    audio: 'Sesli: platform üzerinden arama',
    phone: 'Telefon: GSM üzerinden arama (platformda USD bakiye gerekir)',
    video: 'Görüntülü: platform üzerinden arama',
  },
  endMode: {
    automatic: 'Otomatik: ayrılan süre dolunca biter',
    by_expert: 'Uzman tarafından: uzman bilgilendirilir ve bitirir',
  },
  endTiming: {
    scheduled_end: 'Tam randevu bitiş saatinde',
    full_duration: 'Hizmet süresi tamamlandığında',
  },
  units: { minutes: 'dakika', minorUnits: 'en küçük para birimi', credits: 'kredi', sessions: 'seans' },
  actions: { applyChanges: 'Değişiklikleri uygula', cancel: 'İptal' },
  noCredits: 'Krediyle satılmaz',
  errors: {
    required: 'Lütfen bu alanı doldurun.',
    invalidType: 'Bu değerin türü yanlış.',
    notInteger: 'Tam sayı girin.',
    tooSmall: (min) => `En az ${min} girin.`,
    tooLarge: (max) => `En fazla ${max} girin.`,
    invalidOption: 'Seçeneklerden birini seçin.',
    tooShort: (min) => (min <= 1 ? 'Lütfen bu alanı doldurun.' : `En az ${min} karakter girin.`),
    tooLong: (max) => `En fazla ${max} karakter girin.`,
    invalidCharacters: 'Kontrol karakterlerini ve satır sonlarını kaldırın.',
    invalidCountry: 'Listeden bir ülke seçin.',
    invalidCurrency: 'Listeden bir para birimi seçin.',
    notAllowed: 'Yüz yüze görüşmenin online hizmeti olmaz.',
    invalidAmount: (digits) => (digits === 0 ? 'Tam bir tutar girin, örneğin 1500.' : `En fazla ${digits} ondalık basamaklı bir tutar girin, örneğin 90,00.`),
  },
};
