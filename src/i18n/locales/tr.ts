import type { Translation } from '../translation.js';
import { plural } from '../../core/plural.js';

/** Turkish. Nouns stay singular after a number, but the plural rules are still consulted. */
export const tr: Translation = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',
  packagesLabel: 'Randevu paketleri',
  loading: 'Paketler yükleniyor…',
  empty: 'Henüz kullanılabilir paket yok.',
  choose: 'Seç',
  retry: 'Tekrar dene',
  errorTitle: 'Paketler yüklenemedi.',
  errorNetwork: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  errorAccess: 'Bu web sitesinin bu paketleri göstermesine izin verilmiyor (bilinmeyen anahtar veya izin verilmeyen site).',
  errorNotFound: 'Bu uzman bulunamadı.',
  errorConfig: 'Bu rezervasyon bileşeni doğru kurulmamış.',
  errorOther: 'Bir şeyler ters gitti. Lütfen birazdan tekrar deneyin.',
  errorReference: 'Referans',
  typeLabel: 'Tür',
  durationLabel: 'Süre',
  sessionsLabel: 'Seanslar',
  breakLabel: 'Ara',
  noBreak: 'Yok',
  appointmentType: { online: 'Çevrim içi', face_to_face: 'Yüz yüze' },
  service: { audio: 'Sesli arama', phone: 'Telefon araması', video: 'Görüntülü arama' },
  free: 'Ücretsiz',
  sessions: plural('tr', { one: '# seans', other: '# seans' }),
  credits: plural('tr', { one: 'veya # kredi', other: 'veya # kredi' }),
};
