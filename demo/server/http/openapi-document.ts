/**
 * openapi.yaml as JSON Schema: the spec is read once, its `#/components/schemas/X` refs become
 * `$defs` of one schema document, and schemas are compiled with Ajv (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses) with apptkit's formats. The server's request checks and the tests' response
 * checks both compile through here.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { addWireFormats } from './wire-formats.js';

/** A JSON object of the spec. */
export type Json = Record<string, unknown>;

/** The parts of an OpenAPI document this module reads. */
export interface OpenApiDocument extends Json {
  paths: Record<string, Record<string, unknown>>;
  components: Json & { schemas: Json };
}

/** Where the reference server finds the spec: the repository's openapi.yaml. */
export const OPENAPI_URL = new URL('../../../openapi.yaml', import.meta.url);

const SCHEMA_ID = 'https://apptkit.dev/openapi';

/** Parses the spec at `url`. */
export function readOpenApi(url: URL = OPENAPI_URL): OpenApiDocument {
  return parse(readFileSync(url, 'utf8')) as OpenApiDocument;
}

/** Follows `$ref`s of `spec` (e.g. `#/components/parameters/X`) to the node they name. */
export function deref<T>(spec: OpenApiDocument, node: T | { $ref: string }): T {
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return node as T;
  let target: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Json)[part];
  return deref(spec, target as T);
}

/** Rewrites schema refs to `prefix` + `$defs/X`, so the spec's schemas form one JSON Schema document. */
function rewriteRefs(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, prefix));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace('#/components/schemas/', `${prefix}#/$defs/`) : rewriteRefs(inner, prefix),
    ]),
  );
}

/** Compiles schemas of one spec; the same schema object is compiled once. */
export interface SchemaCompiler {
  compile(schema: unknown): ValidateFunction;
  /** Ajv's own one-line summary of errors, for test messages. */
  errorsText(errors: ValidateFunction['errors']): string;
}

/**
 * A compiler for the schemas of `spec`: strict (unknown keywords and formats are errors), every
 * error reported (`allErrors`), failing values kept on errors (`verbose`, for the error codes).
 * `required` may name properties an `allOf` branch defines (how the package schemas compose).
 */
export function schemaCompiler(spec: OpenApiDocument): SchemaCompiler {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  addWireFormats(ajv);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs(spec.components.schemas, '') });
  const compiled = new Map<unknown, ValidateFunction>();
  return {
    compile(schema) {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile(rewriteRefs(schema, SCHEMA_ID) as Json);
        compiled.set(schema, validate);
      }
      return validate;
    },
    errorsText: (errors) => ajv.errorsText(errors),
  };
}
