import { ApptCall } from './call.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptCall.define('appt-call');

export { ApptCall };
