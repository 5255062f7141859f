import { ApptCredits } from './credits.component.js';
import { attachContextRoot } from '../../context/root.js';
// The sign-in form it shows while nobody is signed in.
import '../sign-in/define.js';

attachContextRoot();
ApptCredits.define('appt-credits');

export { ApptCredits };
