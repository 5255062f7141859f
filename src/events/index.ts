export { ApptPackageSelectEvent } from './package-select.js';
