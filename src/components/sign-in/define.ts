import { ApptSignIn } from './sign-in.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptSignIn.define('appt-sign-in');

export { ApptSignIn };
