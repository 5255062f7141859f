import { plural } from '../../../core/plural.js';
import type { CouponTerms } from './terms.js';

const gifts = plural('en', { one: '# gift credit', other: '# gift credits' });

/** The coupon field's texts in English. */
export const en: CouponTerms = {
  $code: 'en',
  couponLabel: 'Coupon code',
  couponApply: 'Apply',
  couponRemove: 'Remove',
  couponChecking: 'Checking the code…',
  couponApplied: (code) => `Coupon ${code} applied.`,
  couponRemoved: 'Coupon removed.',
  couponWasNow: (was, now) => `was ${was}, now ${now}`,
  couponDiscount: (code, amount) => `Coupon ${code}: ${amount}`,
  couponGift: (code, count) => `Coupon ${code}: +${gifts(count)}`,
  couponCredits: plural('en', { one: '# credit', other: '# credits' }),
  couponReasons: {
    coupon_unknown: 'This code does not exist. Check the spelling.',
    coupon_inactive: 'This code is no longer active.',
    coupon_not_started: 'This code is not valid yet.',
    coupon_expired: 'This code has expired.',
    coupon_used_up: 'This code has been used up.',
    coupon_not_applicable: 'This code is not valid for this package.',
    coupon_new_members_only: 'This code is for new members only.',
    coupon_already_used: 'You have already used this code.',
    empty: 'Enter a coupon code.',
    failed: 'The code could not be checked. Check your connection and try again.',
    other: 'This code cannot be used.',
  },
};
