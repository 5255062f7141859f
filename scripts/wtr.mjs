// Runs the component tests (web-test-runner) in every selected engine: starts WebKit's driver and
// display first when WebKit is among them, and stops them after.
import { spawnSync } from 'node:child_process';
import { selectedEngines, startWebKitDriver } from './browsers.mjs';

const engines = selectedEngines();
const webkit = engines.includes('webkit') ? await startWebKitDriver() : null;
let status = 1;
try {
  const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, APPTKIT_BROWSERS: engines.join(','), ...(webkit ? { WEBKIT_DRIVER_PORT: String(webkit.port) } : {}) },
  });
  status = result.status ?? 1;
} finally {
  webkit?.stop();
}
process.exit(status);
