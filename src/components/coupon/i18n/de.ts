import { plural } from '../../../core/plural.js';
import type { CouponTerms } from './terms.js';

const gifts = plural('de', { one: '# Geschenk-Credit', other: '# Geschenk-Credits' });

/** The coupon field's texts in German. */
export const de: CouponTerms = {
  $code: 'de',
  couponLabel: 'Gutscheincode',
  couponApply: 'Einlösen',
  couponRemove: 'Entfernen',
  couponChecking: 'Der Code wird geprüft …',
  couponApplied: (code) => `Gutschein ${code} eingelöst.`,
  couponRemoved: 'Gutschein entfernt.',
  couponWasNow: (was, now) => `vorher ${was}, jetzt ${now}`,
  couponDiscount: (code, amount) => `Gutschein ${code}: ${amount}`,
  couponGift: (code, count) => `Gutschein ${code}: +${gifts(count)}`,
  couponCredits: plural('de', { one: '# Credit', other: '# Credits' }),
  couponReasons: {
    coupon_unknown: 'Diesen Code gibt es nicht. Prüfen Sie die Schreibweise.',
    coupon_inactive: 'Dieser Code ist nicht mehr aktiv.',
    coupon_not_started: 'Dieser Code ist noch nicht gültig.',
    coupon_expired: 'Dieser Code ist abgelaufen.',
    coupon_used_up: 'Dieser Code ist aufgebraucht.',
    coupon_not_applicable: 'Dieser Code gilt nicht für dieses Paket.',
    coupon_new_members_only: 'Dieser Code gilt nur für neue Mitglieder.',
    coupon_already_used: 'Sie haben diesen Code bereits verwendet.',
    empty: 'Geben Sie einen Gutscheincode ein.',
    failed: 'Der Code konnte nicht geprüft werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    other: 'Dieser Code kann nicht verwendet werden.',
  },
};
