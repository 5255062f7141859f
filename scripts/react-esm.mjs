/**
 * A web-test-runner plugin that serves React to the browser as ES modules. React and ReactDOM are
 * published as CommonJS only, which the dev server does not convert: this bundles `react`,
 * `react-dom` and `react-dom/client` once with esbuild (one shared copy of React, in a common
 * chunk) and resolves those bare imports to the bundles. Used by the `apptkit/react` test.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const BASE = '/__react-esm/';
/** Bare specifier → the entry file it is served as. */
const ENTRIES = { react: 'react.js', 'react-dom': 'react-dom.js', 'react-dom/client': 'react-dom-client.js' };

/**
 * The keys of each CommonJS module's `module.exports`, read in a separate Node process (loading
 * React in this one would meddle with the test runner's console).
 */
function exportNames(rootDir, mode) {
  const script = `process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(ENTRIES))}.map((s) => [s, Object.keys(require(s))]))))`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: rootDir, env: { ...process.env, NODE_ENV: mode } });
  return JSON.parse(output.toString());
}

/**
 * An ES module re-exporting CommonJS `specifier`: its `module.exports` as the default export and
 * each of its keys as a named export, so that `import { useRef } from 'react'` and
 * `import * as React from 'react'` both work.
 */
function facade(specifier, keys) {
  const names = keys.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return `import m from '${specifier}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

/** @param {{ rootDir?: string, mode?: 'development' | 'production' }} [options] */
export function reactEsm({ rootDir = process.cwd(), mode = 'development' } = {}) {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;

  async function bundle() {
    const names = exportNames(rootDir, mode);
    const result = await build({
      entryPoints: Object.entries(ENTRIES).map(([specifier, file]) => ({ in: `facade:${specifier}`, out: file.replace(/\.js$/, '') })),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      outdir: 'out',
      absWorkingDir: rootDir,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
      plugins: [
        {
          name: 'facade',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^facade:/ }, ({ path }) => ({ path: path.slice('facade:'.length), namespace: 'facade' }));
            esbuild.onLoad({ filter: /.*/, namespace: 'facade' }, ({ path }) => ({ contents: facade(path, names[path]), resolveDir: rootDir }));
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((file) => [`${BASE}${file.path.split('/').pop()}`, file.text]));
  }

  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (Object.hasOwn(ENTRIES, source)) return `${BASE}${ENTRIES[source]}`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
