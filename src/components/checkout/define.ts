import { ApptCheckout } from './checkout.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptCheckout.define('appt-checkout');

export { ApptCheckout };
