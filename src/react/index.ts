/**
 * apptkit's elements as typed React components (React 18 or later), made with `@lit/react`: the
 * element's properties are props (objects and functions pass as properties), each event is an
 * `on…` callback receiving the typed event, and `publishableKey` sets the element's `key`, a
 * prop name React keeps for itself. Importing this module registers the eight tags (skipping
 * tags already defined), like `apptkit/define`.
 *
 * @example
 * import { ApptPackages } from 'apptkit/react';
 *
 * <ApptPackages
 *   expert="exp_istanbul"
 *   api="https://api.your-platform.com"
 *   publishableKey="pk_live_…"
 *   onApptPackageSelect={(event) => choose(event.package)}
 * />
 */
import type { EventName } from '@lit/react';
import { ApptPackages as ApptPackagesElement } from '../components/packages/define.js';
import { ApptSlotPicker as ApptSlotPickerElement } from '../components/slot-picker/define.js';
import { ApptBooking as ApptBookingElement } from '../components/booking/define.js';
import { ApptCheckout as ApptCheckoutElement } from '../components/checkout/define.js';
import { ApptSignIn as ApptSignInElement } from '../components/sign-in/define.js';
import { ApptMyBookings as ApptMyBookingsElement } from '../components/my-bookings/define.js';
import { ApptCredits as ApptCreditsElement } from '../components/credits/define.js';
import { ApptCall as ApptCallElement } from '../components/call/define.js';
import {
  ApptBookingConfirmedEvent,
  ApptCallEndEvent,
  ApptCallJoinEvent,
  ApptCheckoutStartEvent,
  ApptCreditsPurchasedEvent,
  ApptPackageSelectEvent,
  ApptPaymentFailedEvent,
  ApptSignedInEvent,
  ApptSlotSelectEvent,
  ApptSlotsLostEvent,
} from '../events/index.js';
import { wrap } from './wrap.js';

export type { ApptComponent, ApptComponentProps, EventProps } from './wrap.js';
// The element classes under names that leave the component names free, for typing refs.
export type { ApptPackages as ApptPackagesElement } from '../components/packages/packages.component.js';
export type { ApptSlotPicker as ApptSlotPickerElement } from '../components/slot-picker/slot-picker.component.js';
export type { ApptBooking as ApptBookingElement } from '../components/booking/booking.component.js';
export type { ApptCheckout as ApptCheckoutElement } from '../components/checkout/checkout.component.js';
export type { ApptSignIn as ApptSignInElement } from '../components/sign-in/sign-in.component.js';
export type { ApptMyBookings as ApptMyBookingsElement } from '../components/my-bookings/my-bookings.component.js';
export type { ApptCredits as ApptCreditsElement } from '../components/credits/credits.component.js';
export type { ApptCall as ApptCallElement } from '../components/call/call.component.js';

// Each callback prop, and the event it listens to (the event class's own `type`).
const onApptPackageSelect = ApptPackageSelectEvent.type as EventName<ApptPackageSelectEvent>;
const onApptSlotSelect = ApptSlotSelectEvent.type as EventName<ApptSlotSelectEvent>;
const onApptCheckoutStart = ApptCheckoutStartEvent.type as EventName<ApptCheckoutStartEvent>;
const onApptBookingConfirmed = ApptBookingConfirmedEvent.type as EventName<ApptBookingConfirmedEvent>;
const onApptPaymentFailed = ApptPaymentFailedEvent.type as EventName<ApptPaymentFailedEvent>;
const onApptSlotsLost = ApptSlotsLostEvent.type as EventName<ApptSlotsLostEvent>;
const onApptSignedIn = ApptSignedInEvent.type as EventName<ApptSignedInEvent>;
const onApptCreditsPurchased = ApptCreditsPurchasedEvent.type as EventName<ApptCreditsPurchasedEvent>;
const onApptCallJoin = ApptCallJoinEvent.type as EventName<ApptCallJoinEvent>;
const onApptCallEnd = ApptCallEndEvent.type as EventName<ApptCallEndEvent>;
/** The slot picker's native `change`, after `appt-slot-select`: read the element's `value`. */
const onChange = 'change' as EventName<Event>;

/** `<appt-packages>`: an expert's packages; `onApptPackageSelect` gets the chosen one as `event.package`. */
export const ApptPackages = /* @__PURE__ */ wrap({
  tagName: 'appt-packages',
  elementClass: ApptPackagesElement,
  events: { onApptPackageSelect },
  displayName: 'ApptPackages',
});

/** `<appt-slot-picker>`: the times of a package; `onApptSlotSelect` gets every chosen time as `event.slots`. */
export const ApptSlotPicker = /* @__PURE__ */ wrap({
  tagName: 'appt-slot-picker',
  elementClass: ApptSlotPickerElement,
  events: { onApptSlotSelect, onChange },
  displayName: 'ApptSlotPicker',
});

/**
 * `<appt-booking>`: the whole flow in one tag. The events of its steps reach the callbacks too:
 * the package and times chosen, the checkout reached, the booking confirmed or the payment failed.
 */
export const ApptBooking = /* @__PURE__ */ wrap({
  tagName: 'appt-booking',
  elementClass: ApptBookingElement,
  events: {
    onApptPackageSelect,
    onApptSlotSelect,
    onApptCheckoutStart,
    onApptBookingConfirmed,
    onApptPaymentFailed,
    onApptSlotsLost,
    onApptSignedIn,
    onApptCreditsPurchased,
  },
  displayName: 'ApptBooking',
});

/** `<appt-checkout>`: the checkout of one package (`package`, `hold` as props). */
export const ApptCheckout = /* @__PURE__ */ wrap({
  tagName: 'appt-checkout',
  elementClass: ApptCheckoutElement,
  events: { onApptBookingConfirmed, onApptPaymentFailed, onApptSlotsLost, onApptSignedIn, onApptCreditsPurchased },
  displayName: 'ApptCheckout',
});

/** `<appt-sign-in>`: passwordless sign-in; `onApptSignedIn` gets `event.customer`. */
export const ApptSignIn = /* @__PURE__ */ wrap({
  tagName: 'appt-sign-in',
  elementClass: ApptSignInElement,
  events: { onApptSignedIn },
  displayName: 'ApptSignIn',
});

/** `<appt-my-bookings>`: the signed-in customer's sessions, with Join and Schedule. */
export const ApptMyBookings = /* @__PURE__ */ wrap({
  tagName: 'appt-my-bookings',
  elementClass: ApptMyBookingsElement,
  events: { onApptSignedIn, onApptCallJoin, onApptCallEnd },
  displayName: 'ApptMyBookings',
});

/** `<appt-credits>`: the customer's credits balance, and buying credits by card. */
export const ApptCredits = /* @__PURE__ */ wrap({
  tagName: 'appt-credits',
  elementClass: ApptCreditsElement,
  events: { onApptCreditsPurchased, onApptPaymentFailed, onApptSignedIn },
  displayName: 'ApptCredits',
});

/** `<appt-call>`: the call launcher of one booking; `onApptCallEnd` gets `event.reason`. */
export const ApptCall = /* @__PURE__ */ wrap({
  tagName: 'appt-call',
  elementClass: ApptCallElement,
  events: { onApptCallJoin, onApptCallEnd },
  displayName: 'ApptCall',
});
