import { ApptPackages } from './packages.component.js';
import { attachContextRoot } from '../../context/root.js';

attachContextRoot();
ApptPackages.define('appt-packages');

export { ApptPackages };
