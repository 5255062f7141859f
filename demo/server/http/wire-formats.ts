/**
 * The spec's `format`s on the server's validator: each is core's one rule (src/core/wire-formats.ts),
 * with the field error code each failure is answered with.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { WIRE_FORMATS } from '../../../src/core/index.js';

/** Registers every wire format on `ajv`. */
export function addWireFormats(ajv: Ajv2020): void {
  for (const [name, { validate }] of Object.entries(WIRE_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
}

/** The field error code of `value` failing the format `name`, and what a value must be. */
export function formatFailure(name: string, value: unknown): { code: string; what: string } {
  const format = WIRE_FORMATS[name];
  const code = format?.code && typeof value === 'string' ? format.code(value) : 'invalid_format';
  return { code, what: format?.what ?? `a ${name} value` };
}
