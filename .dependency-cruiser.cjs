// The walls between apptkit's parts, checked by dependency-cruiser (`npm run lint:walls`).
// Paths are relative to the repository root; type-only imports count (a type is a dependency).
// test/unit/walls/walls.test.ts proves each wall fails on a deliberately wrong import.

/**
 * Folders under src/components that register no element of their own: shared bases any part may
 * import from (the element base, the customer session element, the shared payment flow).
 */
const SHARED_COMPONENT_FOLDERS = ['base', 'coupon', 'customer', 'payment'];
const shared = SHARED_COMPONENT_FOLDERS.join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'server-only-core-and-wire',
      comment:
        'The reference server (demo/server) takes from src/ only the domain rules (src/core) and the wire ' +
        'types generated from openapi.yaml (src/wire); never the client, the admin SDK, i18n or components.',
      severity: 'error',
      from: { path: '^demo/server/' },
      to: { path: '^src/', pathNot: '^src/(core|wire)/' },
    },
    {
      name: 'context-no-components',
      comment: 'Contexts (src/context) are shared by every element, so they import no component.',
      severity: 'error',
      from: { path: '^src/context/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'admin-not-client',
      comment:
        'The admin SDK does not import the client (not even types): what both need lives in a module ' +
        'both own (src/http for transport and errors, src/core for rules, src/wire for wire types).',
      severity: 'error',
      from: { path: '^src/admin/' },
      to: { path: '^src/client/' },
    },
    {
      name: 'client-not-admin',
      comment: 'The client does not import the admin SDK (it must never reach a browser bundle).',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/admin/' },
    },
    {
      name: 'http-is-shared',
      comment: 'src/http is owned by the client and the admin SDK alike, so it imports neither (nor any element).',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^(src/(client|admin|components|context|react)/|demo/)' },
    },
    {
      name: 'no-part-internals',
      comment:
        'A part of src/components imports another part only through its public modules: define.ts (the ' +
        'registration), index.ts, *.component.ts (the element class) and parts.ts (the part names a host ' +
        'styles, which a nesting element forwards with exportparts). Code that several parts share lives ' +
        `in src/components/{${SHARED_COMPONENT_FOLDERS.join(',')}}.`,
      severity: 'error',
      from: { path: '^src/components/([^/]+)/' },
      to: {
        path: '^src/components/[^/]+/',
        pathNot: [
          '^src/components/$1/',
          `^src/components/(${shared})/`,
          '^src/components/[^/]+/(define|index|parts|[^/]+[.]component)[.]ts$',
        ],
      },
    },
    {
      name: 'core-is-pure',
      comment:
        'src/core is the pure domain: of ours it imports only src/core and the wire types generated ' +
        'from openapi.yaml (src/wire), which its wire-shaped types alias.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(?!core/|wire/)|demo/|test/|scripts/|bench/)' },
    },
    {
      name: 'wire-is-generated',
      comment: 'src/wire holds the types generated from openapi.yaml; it may refer to src/core only.',
      severity: 'error',
      from: { path: '^src/wire/' },
      to: { path: '^(src/(?!wire/|core/)|demo/|test/|scripts/|bench/)' },
    },
    {
      name: 'src-not-outside',
      comment: 'Published code (src) never imports the demo, tests, scripts or benchmarks.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(demo|test|scripts|bench)/' },
    },
    {
      name: 'src-no-dev-dependencies',
      comment: 'Published code (src) imports only dependencies and peers, never a devDependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment:
        'No module depends on itself through others at run time (static or dynamic imports). A cycle ' +
        'closed only by an `import type` is allowed: it is erased before anything loads (e.g. an ' +
        "interface declared beside the factory that dynamically imports its implementations).",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
