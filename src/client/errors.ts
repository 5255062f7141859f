/**
 * The client's errors: those of the HTTP module it shares with the admin SDK (`src/http`).
 */
export * from '../http/errors.js';
