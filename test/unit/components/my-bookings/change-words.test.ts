import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { changeWindow, nextChangeBoundary } from '../../../../src/components/my-bookings/change-words.js';
import { myBookingsTerms } from '../../../../src/components/my-bookings/i18n/catalog.js';
import { en as shared } from '../../../../src/i18n/locales/en.js';
import type { Booking } from '../../../../src/client/types.js';

const HOUR = 3_600_000;
const START = Date.parse('2031-05-08T14:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const t = { ...shared, ...myBookingsTerms.fallback };
const when = (instant: number) => `<${iso(instant)}>`;

function booking(cancelHours: number, moveHours: number, extra: Partial<Booking> = {}): Booking {
  return {
    id: 'bk_1', purchaseId: 'pu_1', expertId: 'exp_1', packageId: 'p_1', start: iso(START), end: iso(START + 50 * 60_000),
    status: 'booked', cancellableUntil: iso(START - cancelHours * HOUR), reschedulableUntil: iso(START - moveHours * HOUR), ...extra,
  };
}

describe('changeWindow', () => {
  it('allows both until one deadline, then says the policy once it passed', () => {
    assert.deepEqual(changeWindow(booking(24, 24), START - 25 * HOUR, t, when), {
      canCancel: true, canReschedule: true, until: `You can reschedule or cancel until <${iso(START - 24 * HOUR)}>.`, closed: '',
    });
    assert.deepEqual(changeWindow(booking(24, 24), START - 24 * HOUR, t, when), {
      canCancel: false, canReschedule: false, until: '', closed: 'Changes close 24 hours before the session.',
    });
  });

  it('words two cut-offs apart, one open and one closed, and 1 hour and 0 hours', () => {
    const split = changeWindow(booking(1, 48), START - 24 * HOUR, t, when);
    assert.deepEqual([split.canCancel, split.canReschedule, split.until, split.closed], [true, false, `You can cancel until <${iso(START - HOUR)}>.`, 'Rescheduling closes 48 hours before the session.']);
    const late = changeWindow(booking(1, 0), START - 30 * 60_000, t, when);
    assert.deepEqual([late.until, late.closed], [`You can reschedule until <${iso(START)}>.`, 'Cancellations close 1 hour before the session.']);
  });

  it('offers nothing for a cancelled booking, or an answer without cut-offs', () => {
    const none = { canCancel: false, canReschedule: false, until: '', closed: '' };
    assert.deepEqual(changeWindow(booking(24, 24, { status: 'cancelled' }), START - 48 * HOUR, t, when), none);
    const { cancellableUntil: _c, reschedulableUntil: _r, ...bare } = booking(24, 24);
    assert.deepEqual(changeWindow(bare, START - 48 * HOUR, t, when), none);
  });

  it('finds the next deadline for the timer', () => {
    assert.equal(nextChangeBoundary([booking(24, 12), booking(48, 48, { status: 'cancelled' })], START - 30 * HOUR), START - 24 * HOUR);
    assert.equal(nextChangeBoundary([booking(24, 12)], START - 12 * HOUR), undefined);
  });
});
