import { ApptBooking } from './booking.component.js';
import { attachContextRoot } from '../../context/root.js';
// The steps it shows: registered here, not by the class, so importing the class defines nothing.
import '../packages/define.js';
import '../slot-picker/define.js';
import '../checkout/define.js';

attachContextRoot();
ApptBooking.define('appt-booking');

export { ApptBooking };
