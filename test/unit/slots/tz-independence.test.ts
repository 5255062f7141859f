// The same slots whatever the process's TZ: run the engine in child processes under several TZ values.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { generateSlots } from '../../../src/core/node.js';
import { SCENARIOS } from './fixtures/scenarios.js';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./fixtures/print-slots.ts', import.meta.url));

// process TZ -> Date#getTimezoneOffset() on 2026-01-15, proving the child really ran in that zone.
const PROCESS_ZONES: Record<string, number> = {
  UTC: 0,
  'Asia/Kolkata': -330,
  'America/Sao_Paulo': 180,
  'Pacific/Chatham': -825,
};

describe('generateSlots ignores the process time zone', () => {
  it('gives identical results under TZ=UTC, Asia/Kolkata, America/Sao_Paulo and Pacific/Chatham', async () => {
    const expected = SCENARIOS.map((input) => generateSlots(input));
    for (const slots of expected) assert.ok(slots.length > 0);
    const outputs = await Promise.all(
      Object.keys(PROCESS_ZONES).map(async (tz) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT], { env: { ...process.env, TZ: tz } });
        return { tz, output: JSON.parse(stdout) as { localOffsetMinutes: number; results: unknown } };
      }),
    );
    for (const { tz, output } of outputs) {
      assert.equal(output.localOffsetMinutes, PROCESS_ZONES[tz], `local offset under TZ=${tz}`);
      assert.deepEqual(output.results, expected, `slots under TZ=${tz}`);
    }
  });
});
