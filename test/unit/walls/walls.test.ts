// The dependency walls (.dependency-cruiser.cjs, `npm run lint:walls`) are real: a small tree with
// one deliberately wrong import per wall fails the check, naming each rule, while the allowed
// imports beside them pass; and the repository's own tree keeps the walls.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = join(root, '.dependency-cruiser.cjs');
/** The CLI `npm run lint:walls` runs (the package exports no path to its bin, so it is found by folder). */
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

interface Run {
  status: number | null;
  output: string;
}

/** Runs the wall check as `npm run lint:walls` does, over `folders` of `cwd`. */
function check(cwd: string, folders: string[], outputType?: 'json'): Run {
  const args = [depcruise, '--config', config, ...(outputType ? ['--output-type', outputType] : []), ...folders];
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function violationsOf(run: Run): Violation[] {
  const { summary } = JSON.parse(run.output) as { summary: { violations: Violation[] } };
  return summary.violations;
}

const lines = (violations: Violation[]) => [...new Set(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`))].sort();

/** A tiny tree laid out like the repository, each file's imports allowed unless its name says otherwise. */
const FIXTURE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true },
    include: ['src', 'demo', 'test'],
  }),
  'src/core/rule.ts': 'export const rule = 1;\n',
  'src/core/wrong-imports-client.ts': "import { client } from '../client/client.js';\nexport const wrong = client;\n",
  // A cycle at run time is refused; one closed only by `import type` is erased before load.
  'src/core/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = () => b;\n",
  'src/core/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = () => a;\n",
  'src/core/typed-a.ts': "import type { B } from './typed-b.js';\nexport const a = 1;\nexport type A = B;\n",
  'src/core/typed-b.ts': "import { a } from './typed-a.js';\nexport interface B { n: number }\nexport const b = a;\n",
  'src/wire/index.ts': "import type { B } from '../core/typed-b.js';\nexport type Wire = B;\n",
  'src/core/wire-shaped.ts': "import type { Wire } from '../wire/index.js';\nexport type Shape = Wire;\n",
  'src/http/transport.ts': 'export const transport = 1;\n',
  'src/http/wrong-imports-client.ts': "import { client } from '../client/client.js';\nexport const wrong = client;\n",
  'src/client/client.ts': "import { transport } from '../http/transport.js';\nexport const client = transport;\n",
  'src/client/wrong-imports-admin.ts': "import { admin } from '../admin/admin.js';\nexport const wrong = admin;\n",
  'src/client/wrong-imports-test.ts': "import { helper } from '../../test/helper.js';\nexport const wrong = helper;\n",
  'src/client/wrong-imports-nothing.ts': "import { gone } from './gone.js';\nexport const wrong = gone;\n",
  'src/admin/admin.ts': "import { transport } from '../http/transport.js';\nexport const admin = transport;\n",
  // Even a type-only import of the client is a dependency on it.
  'src/admin/wrong-imports-client-type.ts': "import type { client } from '../client/client.js';\nexport type Wrong = typeof client;\n",
  'src/context/wrong-imports-component.ts': "import { Session } from '../components/customer/session.js';\nexport const wrong = Session;\n",
  'src/components/base/element.ts': 'export class Element {}\n',
  'src/components/customer/session.ts': 'export class Session {}\n',
  'src/components/beta/beta.component.ts': "import { Element } from '../base/element.js';\nexport class Beta extends Element {}\n",
  'src/components/beta/define.ts': "import { Beta } from './beta.component.js';\nexport const tag = Beta;\n",
  'src/components/beta/parts.ts': "export const BETA_PARTS = ['base'];\n",
  'src/components/beta/internal.ts': 'export const internal = 1;\n',
  'src/components/alpha/own.ts': 'export const own = 1;\n',
  'src/components/alpha/alpha.component.ts': [
    "import { Element } from '../base/element.js';",
    "import { Session } from '../customer/session.js';",
    "import { Beta } from '../beta/beta.component.js';",
    "import '../beta/define.js';",
    "import { BETA_PARTS } from '../beta/parts.js';",
    "import { own } from './own.js';",
    'export class Alpha extends Element {}',
    'export const used = [Session, Beta, BETA_PARTS, own];',
    '',
  ].join('\n'),
  'src/components/alpha/wrong-imports-internal.ts': "import { internal } from '../beta/internal.js';\nexport const wrong = internal;\n",
  'demo/server/route.ts': [
    "import { rule } from '../../src/core/rule.js';",
    "import type { Wire } from '../../src/wire/index.js';",
    'export const route = (wire: Wire) => [rule, wire];',
    '',
  ].join('\n'),
  'demo/server/wrong-imports-client.ts': "import { client } from '../../src/client/client.js';\nexport const wrong = client;\n",
  'test/helper.ts': 'export const helper = 1;\n',
};

describe('the dependency walls', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'apptkit-walls-'));
  after(() => rmSync(fixture, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }

  it('fail on each wrong import, naming its rule, and pass the allowed ones', () => {
    const run = check(fixture, ['src', 'demo', 'test'], 'json');
    assert.deepEqual(lines(violationsOf(run)), [
      'admin-not-client: src/admin/wrong-imports-client-type.ts → src/client/client.ts',
      'client-not-admin: src/client/wrong-imports-admin.ts → src/admin/admin.ts',
      'context-no-components: src/context/wrong-imports-component.ts → src/components/customer/session.ts',
      'core-is-pure: src/core/wrong-imports-client.ts → src/client/client.ts',
      'http-is-shared: src/http/wrong-imports-client.ts → src/client/client.ts',
      'no-circular: src/core/cycle-a.ts → src/core/cycle-b.ts',
      'no-part-internals: src/components/alpha/wrong-imports-internal.ts → src/components/beta/internal.ts',
      'not-to-unresolvable: src/client/wrong-imports-nothing.ts → ./gone.js',
      'server-only-core-and-wire: demo/server/wrong-imports-client.ts → src/client/client.ts',
      'src-not-outside: src/client/wrong-imports-test.ts → test/helper.ts',
    ]);
  });

  it('make the check exit non-zero with the rule and the import in its report', () => {
    const wrong = join(fixture, 'demo/server/wrong-imports-client.ts');
    const run = check(fixture, ['demo/server/route.ts', 'demo/server/wrong-imports-client.ts']);
    assert.notEqual(run.status, 0, run.output);
    assert.match(run.output, /error server-only-core-and-wire: demo\/server\/wrong-imports-client\.ts → src\/client\/client\.ts/);
    assert.doesNotMatch(run.output, /route\.ts →/);

    rmSync(wrong);
    const clean = check(fixture, ['demo/server']);
    assert.equal(clean.status, 0, clean.output);
  });
});

describe("the repository's tree", () => {
  it('keeps every wall', () => {
    const violations = violationsOf(check(root, ['src', 'demo', 'test', 'scripts', 'bench'], 'json'));
    assert.deepEqual(lines(violations), []);
  });
});
