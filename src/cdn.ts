/**
 * The CDN entry (`<script type="module" src=".../apptkit.js">`): registers every element, and
 * nothing else. `<appt-packages>` is in this first load; every other element loads lazily the
 * first time the page uses one (`customElements.whenDefined(tag)` resolves once it has), and so do
 * the languages other than English, the scheduling, checkout and call parts of the client,
 * Stripe.js and daily-js. Pages that script the elements need no import: events are typed DOM
 * events on the elements, and element classes are reachable through `customElements.get(tag)`. The typed API is for npm users (`apptkit`,
 * `apptkit/client`, `apptkit/core`).
 */
import './components/packages/define.js';
import { lazyDefine } from './components/base/lazy-define.js';

lazyDefine('appt-slot-picker', () => import('./components/slot-picker/define.js'));
// The call launcher; daily-js loads later still, in its own chunk, only when someone joins.
lazyDefine('appt-call', () => import('./components/call/define.js'));
// The checkout (Stripe.js loads later still, only at card checkout) and the one-tag booking flow.
lazyDefine('appt-checkout', () => import('./components/checkout/define.js'));
lazyDefine('appt-booking', () => import('./components/booking/define.js'));
// The customer's elements: sign-in, and "my bookings" (which brings the sign-in and the slot picker).
lazyDefine('appt-sign-in', () => import('./components/sign-in/define.js'));
lazyDefine('appt-my-bookings', () => import('./components/my-bookings/define.js'));
// Buying credits (brings the sign-in; Stripe.js loads later still, only when a package is chosen).
lazyDefine('appt-credits', () => import('./components/credits/define.js'));
