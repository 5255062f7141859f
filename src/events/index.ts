export { ApptPackageSelectEvent } from './package-select.js';
export { ApptSlotSelectEvent } from './slot-select.js';
