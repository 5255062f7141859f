export { clientContext } from './client.js';
export { localeContext } from './locale.js';
export { attachContextRoot } from './root.js';
export { customerContext } from './customer.js';
