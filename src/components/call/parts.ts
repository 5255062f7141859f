/** Every part `<appt-call>` renders: what an element nesting the call forwards with `exportparts`. */
export const CALL_PARTS: readonly string[] = Object.freeze([
  'base',
  'status',
  'countdown',
  'notice',
  'join-button',
  'leave-button',
  'end-button',
  'stage',
  'banner',
  'phone',
  'test-mode',
  'ended',
  'error',
  'error-message',
  'error-detail',
  'retry-button',
]);
