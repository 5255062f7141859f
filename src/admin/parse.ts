/**
 * Checks of the admin routes' answers against the contract, built on the client's parsers.
 */
import { parseAppointmentPackage, parseDataList, type Parser } from '../client/contract.js';
import type { PackagePage } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A page `{ data: AppointmentPackage[], nextCursor: string | null }`. */
export const parsePage: Parser<PackagePage> = (json, path, issues) => {
  const items = parseDataList(parseAppointmentPackage)(json, path, issues);
  const cursor = isRecord(json) ? json.nextCursor : undefined;
  if (cursor !== null && (typeof cursor !== 'string' || cursor === '')) {
    issues.push({ path: `${path}.nextCursor`, message: 'expected a non-empty string or null.' });
    return undefined;
  }
  return items ? { items, nextCursor: cursor } : undefined;
};

/** An empty body (a 204 answer), read as `null`. */
export const parseEmpty: Parser<null> = (json, path, issues) => {
  if (json === undefined) return null;
  issues.push({ path, message: 'expected an empty body.' });
  return undefined;
};
