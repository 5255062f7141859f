/**
 * Checks real responses against openapi.yaml: the operation must declare the status, the body
 * must match the declared schema (JSON Schema 2020-12 through Ajv) and declared required headers
 * must be present.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

const SPEC_URL = new URL('../../openapi.yaml', import.meta.url);
const SCHEMA_ID = 'https://apptkit.test/openapi';

/** The parsed openapi.yaml. */
export const spec = parse(readFileSync(SPEC_URL, 'utf8')) as Json & { paths: Record<string, Record<string, Json>>; components: Json };

/** Rewrites `#/components/schemas/X` refs to `#/$defs/X` so the schemas form one JSON Schema document. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace('#/components/schemas/', '#/$defs/') : rewriteRefs(inner),
    ]),
  );
}

// Strict, except that `required` may name properties an `allOf` branch defines (how the
// package schemas compose input, create body and stored package).
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
ajv.addFormat('uri', { type: 'string', validate: (text: string) => URL.canParse(text) });
ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs((spec.components as { schemas: Json }).schemas) });

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    const rewritten = rewriteRefs(schema) as Json;
    const rooted = JSON.parse(JSON.stringify(rewritten).replaceAll('"#/$defs/', `"${SCHEMA_ID}#/$defs/`)) as Json;
    validate = ajv.compile(rooted);
    validators.set(key, validate);
  }
  return validate;
}

/** Follows `$ref`s of openapi.yaml to the node they name. */
export function deref<T>(node: T | { $ref: string }): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  let target: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Json)[part];
  return deref(target as T);
}

/** The documented path template matching a concrete path, e.g. `/v1/experts/{expertId}`. */
export function templateOf(pathname: string): string | undefined {
  const parts = pathname.split('/');
  return Object.keys(spec.paths).find((template) => {
    const segments = template.split('/');
    return (
      segments.length === parts.length &&
      segments.every((segment, i) => (segment.startsWith('{') ? (parts[i] ?? '') !== '' : segment === parts[i]))
    );
  });
}

/** Whether openapi.yaml documents `method` on the path of `pathname`. */
export function isDocumented(method: string, pathname: string): boolean {
  const template = templateOf(pathname);
  return template !== undefined && method.toLowerCase() in (spec.paths[template] ?? {});
}

/** A response as the harness captured it. */
export interface CapturedResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Returns the ways `response` to `method pathname` breaks openapi.yaml (empty when it conforms).
 * Requests to undocumented operations are not checked.
 */
export function contractViolations(method: string, pathname: string, response: CapturedResponse): string[] {
  const template = templateOf(pathname);
  const operation = template ? (spec.paths[template]?.[method.toLowerCase()] as Json | undefined) : undefined;
  if (!template || !operation) return [];
  const where = `${method} ${template} → ${response.status}`;
  const declared = (operation.responses as Record<string, unknown>)[String(response.status)];
  if (!declared) return [`${where}: status not declared`];
  const definition = deref(declared as Json) as { headers?: Record<string, Json>; content?: Record<string, { schema: unknown }> };
  const problems: string[] = [];
  for (const [name, header] of Object.entries(definition.headers ?? {})) {
    const resolved = deref(header) as { required?: boolean; schema?: unknown };
    const value = response.headers.get(name);
    if (value === null) {
      if (resolved.required) problems.push(`${where}: missing header ${name}`);
      continue;
    }
    const schema = resolved.schema as Json | undefined;
    const typed = schema?.type === 'integer' ? Number(value) : value;
    if (schema && !validatorFor(schema)(typed)) problems.push(`${where}: header ${name}=${value} breaks its schema`);
  }
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
  if (!definition.content) {
    if (response.body !== undefined) problems.push(`${where}: declared without a body but has one`);
    return problems;
  }
  const media = contentType ? definition.content[contentType] : undefined;
  if (!media) return [...problems, `${where}: content type ${contentType ?? 'none'} not declared`];
  const validate = validatorFor(media.schema);
  if (!validate(response.body)) {
    problems.push(`${where}: body breaks the schema: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}
