import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../../../src/components/checkout/i18n/en.js';
import { de } from '../../../../src/components/checkout/i18n/de.js';
import { tr } from '../../../../src/components/checkout/i18n/tr.js';
import { ar } from '../../../../src/components/checkout/i18n/ar.js';

describe('the checkout’s booking policy in words', () => {
  const free = { cancelHours: 24, rescheduleHours: 24, returned: true };

  it('says free cancellation and rescheduling in en, de, tr and ar', () => {
    assert.deepEqual([en, de, tr, ar].map((t) => t.bookingPolicy(free)), [
      'Free cancellation up to 24 hours before each session. Rescheduling up to 24 hours before each session.',
      'Kostenlose Stornierung bis 24 Stunden vor jeder Sitzung. Verlegen bis 24 Stunden vor jeder Sitzung.',
      'Her seanstan 24 saat öncesine kadar ücretsiz iptal. Her seanstan 24 saat öncesine kadar erteleme.',
      'إلغاء مجاني حتى 24 ساعة قبل كل جلسة. تغيير الموعد حتى 24 ساعة قبل كل جلسة.',
    ]);
  });

  it('says when a cancelled session is not given back, says nothing of it when not known, and words 1 and 0 hours', () => {
    assert.equal(en.bookingPolicy({ cancelHours: 1, rescheduleHours: 0, returned: false }), 'Cancellation up to 1 hour before each session, without the session coming back. Rescheduling until each session starts.');
    assert.equal(en.bookingPolicy({ cancelHours: 48, rescheduleHours: 12, returned: undefined }), 'Cancellation up to 48 hours before each session. Rescheduling up to 12 hours before each session.');
    assert.equal(ar.bookingPolicy({ cancelHours: 2, rescheduleHours: 1, returned: false }), 'الإلغاء حتى ساعتين قبل كل جلسة دون استرداد الجلسة. تغيير الموعد حتى ساعة واحدة قبل كل جلسة.');
    assert.equal(tr.bookingPolicy({ cancelHours: 0, rescheduleHours: 0, returned: false }), 'Her seans başlayana kadar iptal (seans geri verilmez). Her seans başlayana kadar erteleme.');
  });
});
