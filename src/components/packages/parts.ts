/**
 * Every part `<appt-packages>` renders (its `@csspart`s): what an element nesting the list
 * forwards with `exportparts`.
 */
export const PACKAGES_PARTS: readonly string[] = Object.freeze([
  'base',
  'list',
  'card',
  'skeleton',
  'title',
  'description',
  'meta',
  'location',
  'price',
  'credits',
  'select-button',
  'empty',
  'error',
  'error-message',
  'error-detail',
  'retry-button',
]);
