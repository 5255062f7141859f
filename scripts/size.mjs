// Prints the gzip size of the CDN entry and of each lazy chunk, and fails when the entry is over
// its budget (22 KB gzip, ky included), carries what it must not, or lacks ky (the client's HTTP
// must really go through it). Run after `npm run build`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

// 22 KB gzip = 22,528 bytes, with ky (the client's HTTP) inside.
const ENTRY_BUDGET = 22 * 1024;
const root = 'dist/cdn';
if (!existsSync(join(root, 'apptkit.js'))) {
  console.error('dist/cdn/apptkit.js is missing: run `npm run build` first.');
  process.exit(1);
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(path);
  }
};
walk(root);

const rows = files
  .map((path) => {
    const source = readFileSync(path);
    return { file: relative(root, path), raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  })
  .sort((a, b) => (a.file === 'apptkit.js' ? -1 : b.file === 'apptkit.js' ? 1 : a.file.localeCompare(b.file)));

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const row of rows) console.log(row.file.padEnd(48), kb(row.raw).padStart(10), kb(row.gzip).padStart(10));

const entry = rows.find((row) => row.file === 'apptkit.js');
const lazy = rows.filter((row) => row !== entry).reduce((sum, row) => sum + row.gzip, 0);
console.log(
  `\nfirst load (entry): ${kb(entry.gzip)} (${entry.gzip} bytes) gzip of a ${kb(ENTRY_BUDGET)} (${ENTRY_BUDGET} bytes) budget, ky included; lazy chunks: ${kb(lazy)} gzip`,
);

// What the first load must never carry: it is loaded lazily, or not by the widget at all.
const manifest = JSON.parse(readFileSync(join(root, 'modules.json'), 'utf8'));
const entryModules = manifest['apptkit.js'].modules.map((module) => module.id);
const forbidden = {
  'admin SDK (src/admin)': (id) => id.startsWith('src/admin/'),
  'Temporal polyfill': (id) => id.includes('node_modules/temporal-polyfill/'),
  'Stripe.js loader': (id) => id.includes('node_modules/@stripe/'),
  'daily-js': (id) => id.includes('node_modules/@daily-co/'),
};
// What the first load must carry: the client sends through ky, so ky is there.
const required = {
  'ky (the client\'s HTTP)': (id) => id.includes('node_modules/ky/'),
};
console.log('\nlargest modules of the entry (rendered, before minification):');
for (const { id, bytes } of manifest['apptkit.js'].modules.slice(0, 12)) {
  console.log(`  ${id.padEnd(60)} ${kb(bytes).padStart(10)}`);
}
console.log();
let failed = entry.gzip > ENTRY_BUDGET;
for (const [what, matches] of Object.entries(forbidden)) {
  const found = entryModules.filter(matches);
  console.log(`${what} in the entry: ${found.length ? `YES, not allowed (${found.join(', ')})` : 'no'}`);
  failed ||= found.length > 0;
}
for (const [what, matches] of Object.entries(required)) {
  const found = entryModules.filter(matches);
  console.log(`${what} in the entry: ${found.length ? `yes (${found.length} modules)` : 'NO, the client must send through it'}`);
  failed ||= found.length === 0;
}
if (entry.gzip > ENTRY_BUDGET) console.error(`The CDN entry is over its ${ENTRY_BUDGET}-byte budget by ${entry.gzip - ENTRY_BUDGET} bytes.`);
process.exit(failed ? 1 : 0);
