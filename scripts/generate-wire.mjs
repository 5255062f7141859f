// Generates the wire types (src/wire/openapi.ts) from openapi.yaml with openapi-typescript.
//
//   node scripts/generate-wire.mjs            writes src/wire/openapi.ts (npm run generate)
//   node scripts/generate-wire.mjs --check    exits 1 when the committed file differs from what
//                                            the spec generates (run first by npm run typecheck)
//   --spec <file> --out <file>               another spec or output (used by the proof test)
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: resolve(root, 'openapi.yaml') },
    out: { type: 'string', default: resolve(root, 'src/wire/openapi.ts') },
  },
});

const HEADER = `/**
 * GENERATED from openapi.yaml by openapi-typescript: do not edit by hand.
 * Regenerate with \`npm run generate\`; \`npm run typecheck\` fails while this file is stale.
 * Import the aliases of src/wire/index.ts rather than this file.
 */
/* eslint-disable */
`;

/** The generated module's text for the spec at `specPath`. */
async function generate(specPath) {
  const ast = await openapiTS(pathToFileURL(resolve(specPath)), { silent: true });
  return HEADER + astToString(ast);
}

const text = await generate(values.spec);
const out = resolve(values.out);
const shown = relative(root, out) || out;
if (values.check) {
  const committed = await readFile(out, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${shown} is stale: run npm run generate`);
    process.exit(1);
  }
} else {
  await writeFile(out, text);
  console.log(`wrote ${shown}`);
}
