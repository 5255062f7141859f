/**
 * Checks real responses against openapi.yaml: the operation must declare the status, the body
 * must match the declared schema (JSON Schema 2020-12 through Ajv) and declared required headers
 * must be present.
 */
import { deref as derefIn, readOpenApi, schemaCompiler } from '../../demo/server/http/openapi-document.js';

type Json = Record<string, unknown>;

/** The parsed openapi.yaml. */
export const spec = readOpenApi();

// The same compiler as the server's request checks: strict, with apptkit's formats.
const compiler = schemaCompiler(spec);

/** Follows `$ref`s of openapi.yaml to the node they name. */
export function deref<T>(node: T | { $ref: string }): T {
  return derefIn(spec, node);
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
    if (schema && !compiler.compile(schema)(typed)) problems.push(`${where}: header ${name}=${value} breaks its schema`);
  }
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
  if (!definition.content) {
    if (response.body !== undefined) problems.push(`${where}: declared without a body but has one`);
    return problems;
  }
  const media = contentType ? definition.content[contentType] : undefined;
  if (!media) return [...problems, `${where}: content type ${contentType ?? 'none'} not declared`];
  const validate = compiler.compile(media.schema);
  if (!validate(response.body)) {
    problems.push(`${where}: body breaks the schema: ${compiler.errorsText(validate.errors)}`);
  }
  return problems;
}
