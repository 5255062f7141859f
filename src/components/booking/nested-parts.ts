/**
 * The parts `<appt-booking>` forwards from the elements of its steps, each with its prefix, so a
 * host page styles them through the booking with `::part()`: `packages-card`, `picker-day`,
 * `checkout-pay-button`…
 */
import { exportParts } from '../base/export-parts.js';
import { CHECKOUT_PARTS } from '../checkout/parts.js';
import { PACKAGES_PARTS } from '../packages/parts.js';
import { SLOT_PICKER_PARTS } from '../slot-picker/parts.js';

/** `exportparts` of the packages step: `packages-…`. */
export const PACKAGES_EXPORT = exportParts('packages', PACKAGES_PARTS);
/** `exportparts` of the times step's slot picker: `picker-…`. */
export const PICKER_EXPORT = exportParts('picker', SLOT_PICKER_PARTS);
/** `exportparts` of the checkout step: `checkout-…`. */
export const CHECKOUT_EXPORT = exportParts('checkout', CHECKOUT_PARTS);
