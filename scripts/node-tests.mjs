// Runs node:test over every *.test.ts below the given folders (or the given test files), with
// TypeScript through tsx. Node 20's --test takes no globs, so the files are found here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const folders = process.argv.slice(2);
const files = folders
  .flatMap((folder) =>
    statSync(folder).isFile()
      ? [folder]
      : readdirSync(folder, { recursive: true })
          .map(String)
          .filter((name) => name.endsWith('.test.ts'))
          .map((name) => join(folder, name)),
  )
  .sort();
if (files.length === 0) {
  console.error(`no test files under ${folders.join(', ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '1';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
