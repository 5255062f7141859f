// Temporal loading: the lazy path a browser takes, and the Node entry's polyfill.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Temporal as PolyfillTemporal } from 'temporal-polyfill/implementation';
import { getTemporal, loadTemporal } from '../../../src/core/node.js';

const run = promisify(execFile);

describe('Temporal loading', () => {
  it('without the Node entry: generateSlots asks for loadTemporal(), which loads the polyfill once and installs no global', async () => {
    const script = fileURLToPath(new URL('./fixtures/load-temporal.ts', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script]);
    assert.deepEqual(JSON.parse(stdout), {
      globalBefore: false,
      before: "Error: Temporal is not available: await loadTemporal() first (browsers without native Temporal), or import apptkit's core through its Node entry, which provides temporal-polyfill.",
      samePromise: true,
      sameNamespace: true,
      slots: [
        { start: '2026-06-15T07:00:00Z', end: '2026-06-15T07:30:00Z' },
        { start: '2026-06-15T07:30:00Z', end: '2026-06-15T08:00:00Z' },
      ],
      globalAfter: false,
    });
  });

  it("through the Node entry: both accessors return the polyfill, and the backend's globals stay untouched", async () => {
    assert.equal((globalThis as { Temporal?: unknown }).Temporal, undefined, 'no globalThis.Temporal on Node 20');
    assert.equal(getTemporal(), PolyfillTemporal);
    assert.equal(await loadTemporal(), PolyfillTemporal);
    assert.equal(getTemporal().Instant.from('2026-03-29T01:00:00+01:00').toString(), '2026-03-29T00:00:00Z');
  });
});
