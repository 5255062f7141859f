import { plural } from '../../../core/plural.js';
import type { SlotPickerTerms } from './terms.js';

/** "2 of 3 sessions chosen": plural-aware in the total. */
const sessionsChosen = plural('tr', { one: 'Seçilen: {chosen}/# seans', other: 'Seçilen: {chosen}/# seans' });

/** The slot picker's texts in Turkish. */
export const tr: SlotPickerTerms = {
  $code: 'tr',
  previousMonth: 'Önceki ay',
  nextMonth: 'Sonraki ay',
  loadingTimes: 'Uygun saatler yükleniyor…',
  noTimesInMonth: (month) => `${month} içinde uygun saat yok.`,
  nextAvailable: (date) => `İlk uygun gün: ${date}`,
  pickDay: 'Saatlerini görmek için bir gün seçin.',
  timesOn: (date) => `${date} saatleri`,
  timeZoneLabel: 'Saat dilimi',
  suggestedTimeZones: 'Önerilenler',
  allTimeZones: 'Tüm saat dilimleri',
  expertTimeZone: (zone) => `Uzmanın saat dilimi: ${zone}.`,
  timesAvailable: plural('tr', { one: '# uygun saat', other: '# uygun saat' }),
  noTimes: 'uygun saat yok',
  selectionLabel: 'Seanslarınız',
  chosenCount: (chosen, total) => sessionsChosen(total, { chosen }),
  noneChosen: 'Henüz saat seçilmedi.',
  allChosen: 'Tüm seansların saati seçildi.',
  bookRestLater: 'Kalan seansları daha sonra planlayabilirsiniz.',
  removeTime: (time) => `${time} kaldır`,
  slotsErrorTitle: 'Uygun saatler yüklenemedi.',
  slotsErrorNotFound: 'Bu uzman veya paket bulunamadı.',
  slotsErrorAccess: 'Bu web sitesinin bu saatleri göstermesine izin verilmiyor (bilinmeyen anahtar veya izin verilmeyen site).',
};
