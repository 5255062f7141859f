export { ApptPackageSelectEvent } from './package-select.js';
export { ApptSlotSelectEvent } from './slot-select.js';
export { ApptCallJoinEvent } from './call-join.js';
export { ApptCallEndEvent, type ApptCallEndReason } from './call-end.js';
export { ApptCheckoutStartEvent } from './checkout-start.js';
export { ApptBookingConfirmedEvent, type ConfirmedSession } from './booking-confirmed.js';
export { ApptPaymentFailedEvent, type PaymentFailureCode } from './payment-failed.js';
export { ApptSlotsLostEvent } from './slots-lost.js';
export { ApptSignedInEvent } from './signed-in.js';
