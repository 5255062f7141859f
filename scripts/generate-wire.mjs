// Generates from openapi.yaml the wire types (src/wire/openapi.ts, with openapi-typescript) and
// the answer checks (src/http/wire-checks.ts, with scripts/generate-checks.mjs).
//
//   node scripts/generate-wire.mjs            writes both (npm run generate)
//   node scripts/generate-wire.mjs --check    exits 1 when a committed file differs from what
//                                            the spec generates (run first by npm run typecheck)
//   --spec <file> --out <file> --checks-out <file>
//                                            another spec or outputs (used by the proof test)
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { generateChecks } from './generate-checks.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: resolve(root, 'openapi.yaml') },
    out: { type: 'string', default: resolve(root, 'src/wire/openapi.ts') },
    'checks-out': { type: 'string', default: resolve(root, 'src/http/wire-checks.ts') },
  },
});

const HEADER = `/**
 * GENERATED from openapi.yaml by openapi-typescript: do not edit by hand.
 * Regenerate with \`npm run generate\`; \`npm run typecheck\` fails while this file is stale.
 * Import the aliases of src/wire/index.ts rather than this file.
 */
/* eslint-disable */
`;

/**
 * The schemas the generated answer checks leave to a hand-written reader: a package, whose
 * cross-field rules the spec says with if/then/else, is read by core's tolerant package reader.
 */
const READERS = { AppointmentPackage: { module: './package-answer.js', name: 'packageSchema' } };

/** The generated module's text for the spec at `specPath`. */
async function generate(specPath) {
  const ast = await openapiTS(pathToFileURL(resolve(specPath)), { silent: true });
  return HEADER + astToString(ast);
}

const outputs = [
  [resolve(values.out), await generate(values.spec)],
  [resolve(values['checks-out']), generateChecks(parse(await readFile(values.spec, 'utf8')), READERS)],
];
let stale = false;
for (const [out, text] of outputs) {
  const shown = relative(root, out) || out;
  if (values.check) {
    const committed = await readFile(out, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${shown} is stale: run npm run generate`);
      stale = true;
    }
  } else {
    await writeFile(out, text);
    console.log(`wrote ${shown}`);
  }
}
if (stale) process.exit(1);
