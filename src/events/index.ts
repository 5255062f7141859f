export { ApptPackageSelectEvent } from './package-select.js';
export { ApptSlotSelectEvent } from './slot-select.js';
export { ApptCallJoinEvent } from './call-join.js';
export { ApptCallEndEvent, type ApptCallEndReason } from './call-end.js';
