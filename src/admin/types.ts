/**
 * Public types of the headless admin SDK. The wire shapes are aliases of the types generated from
 * openapi.yaml (src/wire); the SDK's own options, queries and interface are in `api.ts`.
 */
import type * as Wire from '../wire/index.js';

/**
 * One page of a listing, ordered by (expertId, listingOrder, id): the answer's `data` as `items`,
 * and `nextCursor`, the cursor of the next page or `null` on the last page.
 */
export type PackagePage = Pick<Wire.PackagePage, 'nextCursor'> & { items: Wire.PackagePage['data'] };

/** The body of a create: a complete package input and the expert it belongs to. */
export type PackageCreateInput = Wire.AppointmentPackageCreate;

export type {
  AdminClient,
  AdminClientOptions,
  AdminRequestOptions,
  CreateOptions,
  PackageFilter,
  PackageListQuery,
  VersionOptions,
} from './api.js';
