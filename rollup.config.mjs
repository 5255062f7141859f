// Three builds from one source tree:
//  (a) the npm build in dist/: ESM, modules preserved, dependencies external, with .d.ts;
//  (b) the CDN build dist/cdn/apptkit.js: one minified ESM entry that registers every element,
//      with later features (checkout, call, Temporal polyfill) in lazy import() chunks that are
//      found relative to the entry;
//  (c) the demo admin dashboard dist/demo/admin/dashboard.js (demo only, not published).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Public entry points of the npm build; each must exist (a missing one is a mistake, not a skip). */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  core: 'src/core/index.ts',
  'core/node': 'src/core/node.ts',
  client: 'src/client/index.ts',
  admin: 'src/admin/index.ts',
  // React wrappers: react and @lit/react stay external (a peer and a dependency); the elements
  // come from their own modules, shared with the other entries.
  react: 'src/react/index.ts',
};
for (const [name, file] of Object.entries(npmEntries)) {
  if (!existsSync(file)) delete npmEntries[name];
}

const npmBuild = {
  input: Object.values(npmEntries),
  external: isExternal,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' })],
};

/**
 * Writes dist/cdn/modules.json: for each emitted chunk, the source modules inside it, so that
 * `npm run size` can show (and enforce) what the first load carries.
 */
function chunkManifest() {
  return {
    name: 'apptkit-chunk-manifest',
    generateBundle(_options, bundle) {
      const manifest = {};
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        manifest[fileName] = {
          isEntry: chunk.isEntry,
          // Source modules with their rendered size before minification, largest first.
          modules: Object.entries(chunk.modules)
            .map(([id, info]) => ({ id: id.replace(`${process.cwd()}/`, ''), bytes: info.renderedLength }))
            .sort((a, b) => b.bytes - a.bytes),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(manifest, null, 2) });
    },
  };
}

const cdnBuild = {
  input: 'src/cdn.ts',
  // Code the entry shares with a lazy chunk stays in the entry itself; without this, rollup moves
  // it to a chunk behind a 0.3 KB facade and the first load hides behind an import.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'apptkit.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist/cdn',
      declaration: false,
      declarationMap: false,
    }),
    // Lit's html`` and css`` literals keep their source whitespace through terser: squeeze them.
    minifyLiterals({ include: ['src/**/*.ts'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    chunkManifest(),
  ],
};

/** The demo admin dashboard (demo/admin), bundled with the admin SDK and ky for the demo host site. */
const demoAdminBuild = {
  input: 'demo/admin/dashboard.ts',
  // One file: the host site serves only dashboard.js, so a lazily imported chunk (the SDK's error parsing) would 404.
  output: { dir: 'dist/demo/admin', format: 'es', entryFileNames: 'dashboard.js', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts', 'demo/admin/**/*.ts'],
      noEmit: false,
      outDir: 'dist/demo/admin',
      declaration: false,
      declarationMap: false,
      sourceMap: true,
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

export default [npmBuild, cdnBuild, demoAdminBuild];
