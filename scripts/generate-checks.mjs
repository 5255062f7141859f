// Generates the answer checks (src/http/wire-checks.ts) from openapi.yaml: one valibot schema per
// schema that an answer of the spec reaches, built from the small blocks of src/http/answer.ts and
// the formats of src/core/wire-formats.ts. The client and the admin SDK read answers with these
// and add, by hand, only the semantic checks the spec cannot say (a receipt's bookings belong to
// its purchase). Used by scripts/generate-wire.mjs; knows no schema by name.
//
// What it reads of JSON Schema: type (one or a list, with "null"), properties, required, allOf
// (merged), oneOf (a variant when every option has a `const` of the same property; a nullable
// value when one option is `{ type: null }`), enum, const, items, minItems, maxItems,
// uniqueItems, minLength, maxLength, pattern, format, minimum, maximum and $ref. The keywords
// that only describe (description, examples, …) and the ones that only refuse extra fields
// (extra fields are dropped from answers) are skipped. A schema using anything else (if/then/
// else, anyOf, not, …) is left out, with every schema that reaches it; the header lists them —
// unless a hand-written reader is given for it (`readers`): then the schemas reaching it are
// generated with that reader in its place, imported under the schema's name.

const DESCRIPTIVE = new Set(['description', 'examples', 'example', 'default', 'title', 'readOnly', 'writeOnly', 'deprecated']);
const HANDLED = new Set([
  'type', 'properties', 'required', 'allOf', 'oneOf', 'enum', 'const', 'items', 'minItems', 'maxItems', 'uniqueItems',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', '$ref', 'additionalProperties', 'unevaluatedProperties',
]);

const PURE = '/*#__PURE__*/ ';
const refName = (ref) => ref.slice(ref.lastIndexOf('/') + 1);
const literal = (value) => JSON.stringify(value);
const article = (noun) => (/^[AEIOU]/.test(noun) ? `an ${noun}` : `a ${noun}`);
/** The export of src/core/wire-formats.ts checking `format`: `date-time` → `dateTimeFormat`. */
const formatExport = (format) => `${format.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}Format`;

/** The names of the schemas that the answers (responses) of `spec` reach, with what they reach. */
function reachedByAnswers(spec) {
  const reached = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const [, , kind, name] = node.$ref.split('/');
      const target = spec.components?.[kind]?.[name];
      const key = `${kind}/${name}`;
      if (!reached.has(key)) {
        reached.add(key);
        visit(target);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) if (operation?.responses) visit(operation.responses);
  }
  return [...reached].filter((key) => key.startsWith('schemas/')).map((key) => key.slice('schemas/'.length));
}

/** The keywords of `node` (at any depth, not through $ref) this generator does not read. */
function unsupported(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => unsupported(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!DESCRIPTIVE.has(key) && !HANDLED.has(key)) found.add(key);
      if (key === 'additionalProperties' && value !== false) found.add('additionalProperties (a schema)');
      if (key === 'properties') Object.values(value).forEach((item) => unsupported(item, found));
      else if (!DESCRIPTIVE.has(key)) unsupported(value, found);
    }
  }
  return found;
}

/** The `$ref` names `node` uses directly (not through them). */
function refsOf(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => refsOf(item, found));
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') found.add(refName(node.$ref));
    for (const [key, value] of Object.entries(node)) if (!DESCRIPTIVE.has(key)) refsOf(value, found);
  }
  return found;
}

/** What a described scalar schema is, from its description's first clause and its first example. */
function describedAs(schema) {
  if (typeof schema.description !== 'string') return undefined;
  const clause = schema.description.split(/[.,;:]\s|\.$|\n/)[0].replaceAll('`', '').trim();
  if (clause === '') return undefined;
  const example = Array.isArray(schema.examples) ? ` such as ${literal(schema.examples[0])}` : '';
  return `${clause[0].toLowerCase()}${clause.slice(1)}${example}`;
}

/** The generator for one spec: `schema(node)` gives a TypeScript expression of a valibot schema. */
function compiler(spec) {
  const schemas = spec.components.schemas;
  const formats = new Set();
  /** The patterns, each compiled once: pattern → the name of its constant. */
  const patterns = new Map();
  const patternConst = (pattern) => {
    if (!patterns.has(pattern)) patterns.set(pattern, `PATTERN_${patterns.size + 1}`);
    return patterns.get(pattern);
  };
  const deref = (node) => (node.$ref ? deref(schemas[refName(node.$ref)]) : node);
  const isScalar = (node) => {
    const target = deref(node);
    if (target.oneOf) return target.oneOf.every(isScalar);
    if (target.allOf || target.properties) return false;
    if (target.enum || target.const !== undefined) return true;
    const types = [].concat(target.type ?? []);
    return types.length > 0 && types.every((type) => !['object', 'array'].includes(type));
  };

  /**
   * A scalar as a leaf `{ test, type, what }`: `test` an expression on `x: unknown`, `type` its
   * TypeScript type, `what` the words of a message ("a whole number ≥ 0").
   */
  function leaf(node) {
    if (node.$ref) {
      const name = refName(node.$ref);
      return { test: `is${name}(x)`, type: `Schema<'${name}'>`, what: whatOf(schemas[name]) };
    }
    if (node.oneOf) {
      const parts = node.oneOf.map(leaf);
      return {
        test: parts.map((part) => `(${part.test})`).join(' || '),
        type: parts.map((part) => part.type).join(' | '),
        what: parts.map((part) => part.what).join(" + ' or ' + "),
      };
    }
    if (node.const !== undefined) return { test: `x === ${literal(node.const)}`, type: literal(node.const), what: literal(literal(node.const)) };
    if (node.enum) {
      return {
        test: `(${literal(node.enum)} as unknown[]).includes(x)`,
        type: node.enum.map(literal).join(' | '),
        what: literal(`one of ${node.enum.map(literal).join(', ')}`),
      };
    }
    const types = [].concat(node.type);
    if (types.length === 1 && types[0] === 'null') return { test: 'x === null', type: 'null', what: literal('null') };
    const nullable = types.includes('null');
    const [type] = types.filter((each) => each !== 'null');
    let test;
    let tsType;
    let what;
    if (type === 'string') {
      const tests = ["typeof x === 'string'"];
      const { minLength, maxLength, pattern, format } = node;
      // Lengths count code points, as JSON Schema does; UTF-16 units give the answer when they can.
      if (minLength !== undefined) tests.push(minLength <= 1 ? `x.length >= ${minLength}` : `(x.length >= ${minLength * 2} || [...x].length >= ${minLength})`);
      if (maxLength !== undefined) tests.push(`(x.length <= ${maxLength} || [...x].length <= ${maxLength})`);
      if (pattern !== undefined) tests.push(`${patternConst(pattern)}.test(x)`);
      if (format !== undefined) {
        formats.add(format);
        tests.push(`${formatExport(format)}.validate(x)`);
      }
      test = tests.join(' && ');
      tsType = 'string';
      const words =
        minLength === 1 && maxLength === undefined
          ? 'a non-empty string'
          : minLength !== undefined || maxLength !== undefined
            ? `a string of ${minLength ?? 0} to ${maxLength ?? '∞'} characters`
            : 'a string';
      const matching = pattern === undefined ? '' : ` matching ${pattern}`;
      what = format !== undefined ? `${formatExport(format)}.what${matching ? ` + ${literal(`,${matching}`)}` : ''}` : literal(`${words}${matching}`);
    } else if (type === 'integer' || type === 'number') {
      const tests = [type === 'integer' ? "typeof x === 'number' && Number.isSafeInteger(x)" : "typeof x === 'number' && Number.isFinite(x)"];
      const { minimum, maximum } = node;
      if (minimum !== undefined) tests.push(`x >= ${minimum}`);
      if (maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) tests.push(`x <= ${maximum}`);
      test = tests.join(' && ');
      tsType = 'number';
      const noun = type === 'integer' ? 'a whole number' : 'a number';
      const capped = maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER;
      what = literal(
        minimum !== undefined && capped ? `${noun} from ${minimum} to ${maximum}` : minimum !== undefined ? `${noun} ≥ ${minimum}` : capped ? `${noun} ≤ ${maximum}` : noun,
      );
    } else if (type === 'boolean') [test, tsType, what] = ["typeof x === 'boolean'", 'boolean', literal('true or false')];
    else throw new Error(`not a scalar: ${JSON.stringify(node)}`);
    if (!nullable) return { test, type: tsType, what };
    return { test: `x === null || (${test})`, type: `${tsType} | null`, what: `${what} + ' or null'` };
  }

  /** The words (a TypeScript expression) of what a scalar schema is. */
  function whatOf(node) {
    if (node.format !== undefined || node.enum || node.const !== undefined) return leaf(node).what;
    const described = describedAs(node);
    if (described !== undefined) return literal(described);
    return leaf(node).what;
  }

  /** The properties and required names of an object schema, with those of its `allOf` parts. */
  function merged(node) {
    const target = deref(node);
    const properties = {};
    const required = new Set(target.required ?? []);
    for (const part of target.allOf ?? []) {
      const inner = merged(part);
      Object.assign(properties, inner.properties);
      inner.required.forEach((name) => required.add(name));
    }
    Object.assign(properties, target.properties ?? {});
    return { properties, required };
  }

  /** The common property that holds a `const` in every option of a `oneOf`, if any. */
  function discriminator(options) {
    const [first, ...rest] = options.map((option) => merged(option).properties);
    const key = Object.keys(first ?? {}).find((name) => first[name].const !== undefined && rest.every((props) => props[name]?.const !== undefined));
    return key;
  }

  /** A TypeScript expression of a valibot schema of `node`; `name` when it is a whole component. */
  function schema(node, name, variantOption = false) {
    if (node.$ref && !name) return refName(node.$ref);
    const target = node;
    if (isScalar(target)) {
      const { test, type, what } = leaf(target);
      return `${PURE}is<${type}>((x) => ${test}, ${what})`;
    }
    if (target.oneOf) {
      const options = target.oneOf.filter((option) => deref(option).type !== 'null');
      const nullable = options.length < target.oneOf.length;
      const what = name ? article(name) : 'one of the shapes of the spec';
      const key = options.length > 1 ? discriminator(options) : undefined;
      let inner =
        options.length === 1
          ? schema(options[0])
          : key
            ? `${PURE}v.variant(${literal(key)}, [${options.map((option) => schema(deref(option), undefined, true)).join(', ')}], expected(${literal(
                `${what} object with ${key} ${options.map((option) => literal(merged(option).properties[key].const)).join(' or ')}`,
              )}))`
            : `${PURE}v.union([${options.map((option) => schema(option)).join(', ')}], expected(${literal(what)}))`;
      if (nullable) inner = `${PURE}v.nullable(${inner})`;
      return inner;
    }
    const types = [].concat(target.type ?? []);
    if (types.includes('object') || target.properties || target.allOf) {
      const { properties, required } = merged(target);
      const entries = Object.entries(properties).map(([key, value]) => {
        const expression =
          variantOption && value.const !== undefined ? `${PURE}v.literal(${literal(value.const)}, expected(${literal(literal(value.const))}))` : schema(value);
        return `${literal(key)}: ${required.has(key) ? expression : `${PURE}v.optional(${expression})`}`;
      });
      const what = name ? `${article(name)} object` : 'an object';
      // A variant's options are valibot's own objects (it reads their entries); else arrays are refused too.
      return variantOption
        ? `${PURE}v.object({ ${entries.join(', ')} }, expected(${literal(what)}))`
        : `${PURE}object({ ${entries.join(', ')} }, ${literal(what)})`;
    }
    if (types.includes('array')) {
      const item = target.items ? schema(target.items) : `${PURE}v.unknown()`;
      let expression = `${PURE}array(${item})`;
      const checks = [];
      if (target.minItems !== undefined) checks.push([`items.length >= ${target.minItems}`, `at least ${target.minItems} item${target.minItems === 1 ? '' : 's'}`]);
      if (target.maxItems !== undefined) checks.push([`items.length <= ${target.maxItems}`, `at most ${target.maxItems} items`]);
      if (target.uniqueItems) checks.push(['new Set(items.map((item) => JSON.stringify(item))).size === items.length', 'no item repeated']);
      for (const [test, what] of checks) expression = `${PURE}v.pipe(${expression}, ${PURE}v.check((items) => ${test}, expected(${literal(what)})))`;
      return expression;
    }
    return `${PURE}v.unknown()`;
  }

  return { schema, leaf, whatOf, isScalar, formats, patterns };
}

/**
 * The text of src/http/wire-checks.ts for `spec` (parsed openapi.yaml). `readers` names, per
 * schema, a hand-written valibot schema that checks it (`{ module, name }`, the module relative
 * to the generated file), for schemas this generator cannot read.
 */
export function generateChecks(spec, readers = {}) {
  const schemas = spec.components.schemas;
  const reached = reachedByAnswers(spec).filter((name) => !(name in readers));
  // Left out: schemas using keywords this generator does not read, and all that reach them.
  const left = new Map();
  for (const name of reached) {
    const keys = unsupported(schemas[name]);
    if (keys.size > 0) left.set(name, `uses ${[...keys].join(', ')}`);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of reached) {
      if (left.has(name)) continue;
      const blocked = [...refsOf(schemas[name])].find((ref) => left.has(ref));
      if (blocked) {
        left.set(name, `reaches ${blocked}`);
        changed = true;
      }
    }
  }
  const kept = reached.filter((name) => !left.has(name));
  // Dependencies first.
  const ordered = [];
  const placed = new Set();
  const place = (name, trail = []) => {
    if (placed.has(name)) return;
    if (trail.includes(name)) throw new Error(`openapi.yaml: ${[...trail, name].join(' → ')} is a cycle, which the answer checks cannot express`);
    for (const ref of refsOf(schemas[name])) if (kept.includes(ref)) place(ref, [...trail, name]);
    placed.add(name);
    ordered.push(name);
  };
  kept.sort().forEach((name) => place(name));

  const gen = compiler(spec);
  const body = [];
  for (const name of ordered) {
    const node = schemas[name];
    if (gen.isScalar(node)) {
      body.push(`const is${name} = (x: unknown): x is Schema<'${name}'> => ${gen.leaf(node).test};`);
      body.push(`export const ${name}: Answer<Schema<'${name}'>> = ${PURE}is<Schema<'${name}'>>(is${name}, ${gen.whatOf(node)});`);
    } else {
      body.push(`export const ${name}: Answer<Schema<'${name}'>> = ${gen.schema(node, name)};`);
    }
  }
  const formatImports = [...gen.formats].sort().map(formatExport);
  const patternLines = [...gen.patterns].map(([pattern, constant]) => `const ${constant} = /*#__PURE__*/ new RegExp(${literal(pattern)}, 'u');`);
  const leftOut = [...left].sort(([a], [b]) => a.localeCompare(b)).map(([name, why]) => ` *   ${name}: ${why}`);
  const readBy = Object.entries(readers).sort(([a], [b]) => a.localeCompare(b));
  const readerImports = readBy.map(([schemaName, { module, name }]) => `import { ${name} as ${schemaName} } from '${module}';\n`).join('');
  const readerLines = readBy.map(([schemaName, { module, name }]) => ` *   ${schemaName}: ${name} of ${module}`);
  return `/**
 * GENERATED from openapi.yaml by scripts/generate-checks.mjs: do not edit by hand.
 * Regenerate with \`npm run generate\`; \`npm run typecheck\` fails while this file is stale.
 *
 * One valibot schema per schema an answer of the spec reaches, named as in the spec; each is
 * typed as its wire type, so the two generated files cannot disagree unnoticed. Left out (read
 * by a hand-written reader instead):
${leftOut.join('\n')}
 * Checked, wherever an answer holds them, by a hand-written reader:
${readerLines.join('\n')}
 */
import * as v from 'valibot';
${formatImports.length > 0 ? `import { ${formatImports.join(', ')} } from '../core/wire-formats.js';\n` : ''}import type { Schema } from '../wire/index.js';
import { array, expected, is, object, type Answer } from './answer.js';
${readerImports}
${patternLines.join('\n')}
${body.join('\n')}
`;
}
