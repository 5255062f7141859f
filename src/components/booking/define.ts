import { ApptBooking } from './booking.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptBooking.define('appt-booking');

export { ApptBooking };
