/**
 * `npm run bench`: every benchmark, one after another. Each prints figures and ratios and asserts
 * nothing about time.
 */
console.log('== slot engine ==');
await import('./slots.js');
console.log('\n== hostile input on the reference server ==');
await import('./hostile-input.js');
console.log('\n== first package card: the widget beside a static page of the same cards ==');
await import('./first-card.js');
console.log('\n== throughput of the reference server: packages and slots, PGlite and PostgreSQL, beside bare node:http ==');
await import('./throughput.js');
export {};
