import { ApptSlotPicker } from './slot-picker.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptSlotPicker.define('appt-slot-picker');

export { ApptSlotPicker };
