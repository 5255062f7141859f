// Prints the lines of hand-written wire checks and wire types per area (client, admin SDK,
// server) and the total, and exits 1 when the total is over the cap (issue #12: at most 800).
//
//   node scripts/wire-lines.mjs          (npm run wire-lines)
//   node scripts/wire-lines.mjs --files  also lists each counted file
//
// What counts: every hand-written file that says something about what goes over the wire — the
// client's and the admin SDK's answer readers (their semantic checks on top of the generated
// ones), their request-argument checks and public wire type files (aliases of the generated
// types), and the server's request rules that the spec cannot say. A file counts whole, and a
// line counts when it holds code (blank and comment-only lines do not).
//
// What does not count, and is printed apart so that it can be judged: generated files
// (src/wire/openapi.ts, src/http/wire-checks.ts); the one-rule-each domain rules of src/core
// (e-mail, instants, zones, money, the package rules), which all three share; tests; and the
// generic machinery that runs the spec — the answer-check building blocks and the server's
// spec-compiled validator, its error wording and its character screen. That machinery names no
// field and no shape: it reads openapi.yaml, as a framework such as fastify-openapi-glue would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const CAP = 800;
const root = resolve(import.meta.dirname, '..');

/** Each area's files: paths, or directories with a file-name test (searched recursively). */
const AREAS = {
  // The list envelope and the package reader both clients (and the generated checks) use.
  'shared (src/http)': ['src/http/contract.ts', 'src/http/package-answer.ts'],
  client: [
    ['src/client', (name) => name.endsWith('-contract.ts')],
    'src/client/input.ts',
    'src/client/types.ts',
  ],
  'admin SDK': [
    ['src/admin', (name, dir) => dir !== 'src/admin/form' && /^parse.*\.ts$/.test(name)],
    'src/admin/warnings.ts',
    'src/admin/args.ts',
    'src/admin/availability/input.ts',
    'src/admin/types.ts',
    ['src/admin', (name, dir) => dir !== 'src/admin' && dir !== 'src/admin/store' && name === 'types.ts'],
  ],
  server: [
    ['demo/server', (name, dir) => dir !== 'demo/server/http' && (name === 'requests.ts' || name.endsWith('-request.ts'))],
    'demo/server/scheduling/validate-availability.ts',
    'demo/server/scheduling/time.ts',
    'demo/server/checkout/preferences.ts',
    'demo/server/routes/query.ts',
  ],
};

/** The generic machinery that runs the spec: printed, not counted (see the header). */
const MACHINERY = [
  'src/http/answer.ts',
  'demo/server/http/checked-request.ts',
  'demo/server/http/validate-request.ts',
  'demo/server/http/schema-errors.ts',
  'demo/server/http/screen.ts',
];

/** Files below `dir` (relative to the root) whose name passes `test`. */
function find(dir, test) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(join(root, at), { withFileTypes: true })) {
      const path = `${at}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (test(entry.name, at)) found.push(path);
    }
  };
  if (existsSync(join(root, dir))) walk(dir);
  return found;
}

// Lines holding code: not blank, not only a comment (line comments, block comments, JSDoc).
function codeLines(text) {
  let inBlock = false;
  let count = 0;
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end < 0) continue;
      inBlock = false;
      line = line.slice(end + 2).trim();
    }
    while (line.startsWith('/*')) {
      const end = line.indexOf('*/', 2);
      if (end < 0) {
        inBlock = true;
        line = '';
        break;
      }
      line = line.slice(end + 2).trim();
    }
    if (line === '' || line.startsWith('//')) continue;
    count++;
  }
  return count;
}

const listFiles = process.argv.includes('--files');
let total = 0;
const seen = new Set();
for (const [area, specs] of Object.entries(AREAS)) {
  const files = specs
    .flatMap((spec) => (typeof spec === 'string' ? (existsSync(join(root, spec)) ? [spec] : []) : find(spec[0], spec[1])))
    .filter((file) => !seen.has(file) && seen.add(file));
  let sum = 0;
  const rows = files.map((file) => {
    const lines = codeLines(readFileSync(join(root, file), 'utf8'));
    sum += lines;
    return [relative(root, join(root, file)), lines];
  });
  total += sum;
  console.log(`${area.padEnd(18)} ${String(sum).padStart(5)} lines in ${files.length} files`);
  if (listFiles) for (const [file, lines] of rows) console.log(`  ${file.padEnd(56)} ${String(lines).padStart(5)}`);
}
const machinery = MACHINERY.filter((file) => existsSync(join(root, file)) && !seen.has(file));
const machineryLines = machinery.reduce((sum, file) => sum + codeLines(readFileSync(join(root, file), 'utf8')), 0);
console.log(`${'total'.padEnd(18)} ${String(total).padStart(5)} lines (cap ${CAP})`);
console.log(`not counted: ${machineryLines} lines of generic machinery that runs the spec (${machinery.join(', ')})`);
if (total > CAP) {
  console.error(`Hand-written wire checks and types are over the cap by ${total - CAP} lines.`);
  process.exit(1);
}
