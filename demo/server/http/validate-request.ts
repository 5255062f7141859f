/**
 * The request checks of every operation of openapi.yaml, compiled once at server start: path and
 * query parameters, the headers the spec declares and the JSON body, each against its schema.
 * The server runs them before any handler (see server.ts); handlers add only the domain rules
 * the spec cannot say.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ValidateFunction } from 'ajv';
import type { FieldError } from '../../../src/core/index.js';
import { deref, readOpenApi, schemaCompiler, type Json, type OpenApiDocument } from './openapi-document.js';
import { HttpProblem } from './problem.js';
import { fieldErrorsOf } from './schema-errors.js';

/** What a request carries besides its body. */
export interface RequestParts {
  headers: IncomingHttpHeaders;
  query: URLSearchParams;
  /** Decoded path parameters by name. */
  params: Readonly<Record<string, string>>;
}

/** The checks of one operation. */
export interface OperationChecks {
  /** Whether the operation reads a JSON body: `none`, or one that may be left out, or one it needs. */
  body: 'none' | 'optional' | 'required';
  /**
   * Every problem of the parameters and headers. A missing `Idempotency-Key` the operation
   * requires throws 400 `idempotency_key_required`; other missing required headers are left to
   * the handler, whose answer says more (401, 404, 428).
   */
  checkParts(parts: RequestParts): FieldError[];
  /** Every problem of a parsed JSON body. */
  checkBody(body: unknown): FieldError[];
}

/** The checks of every operation, by method and path template. */
export interface RequestChecks {
  /** The checks of `method` on the spec path `template` (e.g. `/v1/experts/{expertId}`), if documented. */
  operation(method: string, template: string): OperationChecks | undefined;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

interface CompiledParameter {
  name: string;
  in: Parameter['in'];
  required: boolean;
  /** The schema's type, for reading query text as a number or boolean. */
  type: unknown;
  validate: ValidateFunction;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A query or path value as its schema's type: `"50"` → 50 for an integer; else the text as sent. */
function typed(text: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d{1,15}(\.\d{1,15})?$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function compileOperation(spec: OpenApiDocument, compiler: ReturnType<typeof schemaCompiler>, template: string, method: string, pathItem: Json): OperationChecks {
  const operation = pathItem[method] as Json;
  const declared = new Map<string, Parameter>();
  for (const node of [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]) {
    const parameter = deref<Parameter>(spec, node as Parameter);
    declared.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
  }
  const parameters: CompiledParameter[] = [...declared.values()].map((parameter) => {
    const schema = parameter.schema ?? {};
    return {
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      type: deref<Json>(spec, schema).type,
      validate: compiler.compile(schema),
    };
  });
  const requestBody = operation.requestBody === undefined ? undefined : deref<Json>(spec, operation.requestBody as Json);
  const bodySchema = (requestBody?.content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
  const validateBody = bodySchema === undefined ? undefined : compiler.compile(bodySchema);
  const where = `${method.toUpperCase()} ${template}`;

  return {
    body: validateBody === undefined ? 'none' : requestBody?.required === true ? 'required' : 'optional',
    checkParts({ headers, query, params }) {
      const errors: FieldError[] = [];
      for (const parameter of parameters) {
        const text =
          parameter.in === 'header'
            ? headerText(headers[parameter.name.toLowerCase()])
            : parameter.in === 'query'
              ? (query.get(parameter.name) ?? undefined)
              : parameter.in === 'path'
                ? params[parameter.name]
                : undefined;
        if (text === undefined) {
          if (!parameter.required) continue;
          if (parameter.in === 'header') {
            if (parameter.name.toLowerCase() !== 'idempotency-key') continue;
            throw new HttpProblem(
              400,
              'idempotency_key_required',
              `Send an Idempotency-Key header (e.g. a UUID) with ${where}, so that a retry cannot do it twice.`,
            );
          }
          errors.push({ field: parameter.name, code: 'required', message: `${parameter.name} is required.` });
          continue;
        }
        const value = parameter.in === 'header' ? text : typed(text, parameter.type);
        if (!parameter.validate(value)) errors.push(...fieldErrorsOf(parameter.validate.errors ?? [], parameter.name));
      }
      return errors;
    },
    checkBody(body) {
      if (!validateBody || validateBody(body)) return [];
      return fieldErrorsOf(validateBody.errors ?? []);
    },
  };
}

let specChecks: RequestChecks | undefined;

/** The request checks of openapi.yaml, compiled on first use and shared by every server of the process. */
export function openApiRequestChecks(): RequestChecks {
  specChecks ??= compileRequestChecks(readOpenApi());
  return specChecks;
}

/** Compiles the request checks of every operation of `spec`. */
export function compileRequestChecks(spec: OpenApiDocument): RequestChecks {
  const compiler = schemaCompiler(spec);
  const operations = new Map<string, OperationChecks>();
  for (const [template, pathItem] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      if (pathItem[method] === undefined) continue;
      operations.set(`${method.toUpperCase()} ${template}`, compileOperation(spec, compiler, template, method, pathItem as Json));
    }
  }
  return {
    operation: (method, template) => operations.get(`${method.toUpperCase()} ${template}`),
  };
}
