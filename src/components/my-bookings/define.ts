import { ApptMyBookings } from './my-bookings.component.js';
import { attachContextRoot } from '../../context/root.js';
// The elements it renders inside: the sign-in form and the slot picker (the call loads on first Join).
import '../sign-in/define.js';
import '../slot-picker/define.js';

attachContextRoot();
ApptMyBookings.define('appt-my-bookings');

export { ApptMyBookings };
