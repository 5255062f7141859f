export { tokens } from './tokens.js';
export { shared } from './shared.js';
