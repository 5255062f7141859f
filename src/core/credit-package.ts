/**
 * Public types of credit packages: bundles of credits sold for money, the source of the credits
 * customers spend on appointment packages.
 */
import type * as Wire from '../wire/index.js';

/**
 * The fields an admin writes (openapi.yaml's `CreditPackageInput`): `title` (1–120 characters
 * after trimming, one line; stored trimmed), `credits` granted by one purchase (≥ 1), `price` in
 * the smallest unit of `currency` (≥ 0), `currency` (ISO 4217), `country` (ISO 3166-1 alpha-2),
 * `active` (whether customers are offered it) and `listingOrder` (≥ 0).
 */
export type CreditPackageInput = Wire.CreditPackageInput;

/**
 * A stored credit package: the input plus its server-assigned `id` (`cpk_…`) and `version` (+1 on
 * every change; send it back as `options.version`, i.e. `If-Match`).
 */
export type CreditPackage = Wire.CreditPackage;
