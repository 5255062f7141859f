/**
 * openapi.yaml is the single source of the wire: changing a property's type in the spec and
 * regenerating src/wire/openapi.ts must make the typecheck fail in the client, the admin SDK and
 * the server, because each of them names its wire shapes through the generated types.
 *
 * The proof works on a copy of the source tree (src/, demo/ and a tsconfig extending the
 * project's, with node_modules linked), never on the checkout itself. It runs the whole `tsc`
 * (about 20 s of CPU), hence this layer rather than test/unit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseDocument } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const generator = join(root, 'scripts/generate-wire.mjs');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/**
 * openapi.yaml with the type of every `currency` property (the shared `CurrencyCode` schema they
 * refer to) changed from a string to an integer: a purchase's currency is read by the client, a
 * sales row's by the admin SDK, and the server writes both.
 */
function alteredSpec(): string {
  const doc = parseDocument(readFileSync(join(root, 'openapi.yaml'), 'utf8'));
  const path = ['components', 'schemas', 'CurrencyCode', 'type'];
  assert.equal(doc.getIn(path), 'string', 'the type the proof changes is a string in the spec');
  doc.setIn(path, 'integer');
  return doc.toString();
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('wire types generated from openapi.yaml', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'apptkit-wire-'));
    cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(root, 'demo'), join(dir, 'demo'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsconfig = { extends: join(root, 'tsconfig.json'), include: ['src', 'demo'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    writeFileSync(join(dir, 'openapi.yaml'), alteredSpec());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the committed src/wire/openapi.ts and src/http/wire-checks.ts are what the spec generates', () => {
    const checked = run([generator, '--check'], root);
    assert.equal(checked.status, 0, checked.output);
  });

  it('a changed spec leaves the committed file stale, and the check says how to fix it', () => {
    const checked = run([generator, '--check', '--spec', join(dir, 'openapi.yaml'), '--out', join(root, 'src/wire/openapi.ts')], root);
    assert.equal(checked.status, 1);
    assert.match(checked.output, /src\/wire\/openapi\.ts is stale: run npm run generate/);
  });

  it('changing the type of the currency properties in the spec fails the typecheck in the client, the admin SDK and the server', () => {
    const outputs = ['--out', join(dir, 'src/wire/openapi.ts'), '--checks-out', join(dir, 'src/http/wire-checks.ts')];
    const generated = run([generator, '--spec', join(dir, 'openapi.yaml'), ...outputs], root);
    assert.equal(generated.status, 0, generated.output);
    assert.match(readFileSync(join(dir, 'src/wire/openapi.ts'), 'utf8'), /CurrencyCode: number;/);

    const checked = run([tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], dir);
    assert.notEqual(checked.status, 0, 'tsc passed although the spec changed');
    // The errors the change causes: a string where the spec now wants a number, or the reverse.
    const errors = checked.output.split('\n').filter((line) => / error TS\d+:/.test(line) && /\bnumber\b/.test(line));
    const files = (prefix: string) => errors.filter((line) => line.startsWith(prefix));
    for (const area of ['src/client/', 'src/admin/', 'demo/server/']) {
      assert.ok(files(area).length > 0, `no type error in ${area}:\n${errors.join('\n')}`);
    }
  });
});
