/**
 * Binds every route to its operation's checks at server start (a route openapi.yaml does not
 * document stops the start), and runs them on each request before its handler: parameters,
 * headers and the JSON body, with the route's domain rules, in one 422.
 */
import type { IncomingMessage } from 'node:http';
import type { FieldError } from '../../../src/core/index.js';
import { readJsonBody } from './body.js';
import { validationProblem } from './problem.js';
import { specPathOf, type RequestContext, type Route } from './router.js';
import type { OperationChecks, RequestChecks } from './validate-request.js';

/** The checks of each route; throws when a route is not an operation of the spec. */
export function bindRequestChecks(routes: readonly Route[], checks: RequestChecks): ReadonlyMap<Route, OperationChecks> {
  const bound = new Map<Route, OperationChecks>();
  for (const route of routes) {
    const operation = checks.operation(route.method, specPathOf(route.path));
    if (!operation) throw new Error(`${route.method} ${route.path} is not documented in openapi.yaml, so its requests cannot be checked.`);
    bound.set(route, operation);
  }
  return bound;
}

/** Whether the request carries a body at all (a confirmation may come without one). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The domain's errors, then the schema's for fields the domain did not name (nor a field inside one it named). */
function merged(schemaErrors: readonly FieldError[], domainErrors: readonly FieldError[]): FieldError[] {
  const named = domainErrors.map((error) => error.field);
  const isNamed = (field: string) => named.some((name) => field === name || (name !== '' && (field.startsWith(`${name}.`) || field.startsWith(`${name}[`))));
  return [...domainErrors, ...schemaErrors.filter((error) => !isNamed(error.field))];
}

/**
 * Checks the request of `ctx` for `route` and reads its JSON body (`undefined` when the operation
 * takes none or an optional one was left out). Throws the body reader's 400, 413 and 415, a 400
 * for a missing required `Idempotency-Key`, and one 422 naming every bad field.
 */
export async function readCheckedRequest(route: Route, operation: OperationChecks, ctx: Omit<RequestContext, 'body'>): Promise<unknown> {
  const errors: FieldError[] = operation.checkParts({ headers: ctx.req.headers, query: ctx.url.searchParams, params: ctx.params });
  let body: unknown;
  if (operation.body === 'required' || (operation.body === 'optional' && hasBody(ctx.req))) {
    body = await readJsonBody(ctx);
    errors.push(...operation.checkBody(body));
  }
  const domainErrors = route.requestRules ? await route.requestRules({ ...ctx, body }) : [];
  const all = merged(errors, domainErrors);
  if (all.length > 0) throw validationProblem(all);
  return body;
}
