/**
 * The readers of the first load's answers (experts, packages), which the client loads while its
 * request is on the way: with them comes valibot, which the widget's first load does without.
 */
import type { AppointmentPackage } from '../core/package.js';
import { parseAppointmentPackage, parseDataList, parseExpert, type Parser } from '../http/contract.js';
import type { Expert } from '../wire/index.js';
import { matchingFilters } from './matching-filters.js';

/** Reads the list of experts. */
export const readExperts: Parser<Expert[]> = parseDataList(parseExpert);

/** Reads one expert. */
export const readExpert: Parser<Expert> = parseExpert;

/** Reads the list of packages, each matching the `country` and `currency` asked for. */
export const readPackages = (query: { country: string | undefined; currency: string | undefined }): Parser<AppointmentPackage[]> =>
  parseDataList(matchingFilters(parseAppointmentPackage, query));
