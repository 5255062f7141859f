/**
 * Public types of credit packages: bundles of credits sold for money, the source of the credits
 * customers spend on appointment packages.
 */

/** The fields an admin writes. */
export interface CreditPackageInput {
  /** 1–120 characters after trimming, plain text on one line; stored trimmed. */
  title: string;
  /** Credits granted by one purchase, a whole number ≥ 1. */
  credits: number;
  /** Price in the smallest unit of `currency` (cents; yen have none), a whole number ≥ 0. */
  price: number;
  /** ISO 4217 code, e.g. `"EUR"`. */
  currency: string;
  /** ISO 3166-1 alpha-2 code of the country it is sold in, e.g. `"DE"`. */
  country: string;
  /** Whether it is offered to customers (`GET /v1/credit-packages` lists only active ones). */
  active: boolean;
  /** Position in listings, ascending top to bottom, a whole number ≥ 0. */
  listingOrder: number;
}

/** A stored credit package. */
export interface CreditPackage extends CreditPackageInput {
  /** Server-assigned, e.g. `cpk_…`. */
  id: string;
  /** Goes up by one on every change; send it back as `options.version` (`If-Match`). */
  version: number;
}
