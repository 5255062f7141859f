/**
 * The widget's HTTP client as callers see it: its options, per-call options, queries and the
 * {@link ApptClient} interface. The wire shapes it sends and reads are in `types.ts`, aliases of
 * the types generated from openapi.yaml.
 */
import type { AppointmentPackage } from '../core/package.js';
import type { CustomerTokenSource, RetryOptions } from '../http/options.js';
import type * as Wire from '../wire/index.js';
import type {
  BookingChange,
  BookingInput,
  BookingResult,
  CallCredentials,
  CallEndAnswer,
  CallJoinInput,
  CallStateAnswer,
  CouponQuote,
  CouponQuoteInput,
  CreditOffer,
  CreditPurchaseInput,
  CreditPurchaseReceipt,
  Customer,
  CustomerPreferences,
  CustomerSession,
  Expert,
  Hold,
  HoldInput,
  JoinAnswer,
  ManagedBooking,
  MyBookings,
  PaymentConfig,
  PurchaseInput,
  PurchaseReceipt,
  SignInCodeInput,
  SignInVerifyInput,
  SlotList,
} from './types.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The tenant's API root, without `/v1`: `https://api.example.com` or `https://example.com/booking`.
   * Must be https, except on loopback hosts (`localhost`, `127.0.0.1`, `[::1]`) for development.
   */
  baseUrl: string | URL;
  /** The publishable key (`pk_…`), sent as `Authorization: Bearer <key>`. Never a secret `sk_…` key. */
  publishableKey: string;
  /** The signed-in customer's token, sent as `Apptkit-Customer` when present. */
  customerToken?: CustomerTokenSource;
  /** A `fetch` to use instead of `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Time allowed for each attempt to get an answer, in milliseconds. Default 10000. */
  timeoutMs?: number;
  /** Retry policy of GET requests: a limit, or finer options. Non-GET requests are never retried. */
  retry?: number | RetryOptions;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the call; the returned promise then rejects with the signal's reason, untouched. */
  signal?: AbortSignal;
}

/** Filters of {@link ApptClient.packages.list}. */
export interface PackageListQuery {
  expertId: string;
  /** ISO 3166-1 alpha-2 code, e.g. `"DE"`: only packages sold in that country. */
  country?: string;
  /** ISO 4217 code, e.g. `"EUR"`: only packages sold in that currency. */
  currency?: string;
}

/** What {@link ApptClient.slots.list} asks for: one package's bookable slots in `[from, to)`. */
export interface SlotListQuery {
  expertId: string;
  packageId: string;
  /** Start of the range: an ISO-8601 instant (`…Z` or with an offset) or a `Date`. */
  from: string | Date;
  /** End of the range (exclusive), after `from` and at most 62 days later. */
  to: string | Date;
}

/** Per-call options of {@link ApptClient.holds.create}. */
export interface HoldCreateOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` of this reservation. Pass the same key when retrying the same request
   * yourself, so a reservation made before a lost answer is returned instead of duplicated.
   * Default: a fresh `crypto.randomUUID()`.
   */
  idempotencyKey?: string;
}

/** Per-call options of the requests that take an `Idempotency-Key`. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Pass the same key when retrying the same request yourself. Default: a fresh `crypto.randomUUID()`. */
  idempotencyKey?: string;
}

/**
 * Per-call options of the requests about one booking ({@link ApptClient.bookings.get} and its
 * changes): who asks. Without `joinToken`, the client's `customerToken` (the booking's signed-in
 * customer) identifies the caller.
 */
export interface BookingAccessOptions extends RequestOptions {
  /**
   * The booking-scoped join token of the confirmation e-mail's link ("Reschedule or cancel"), sent
   * as `Apptkit-Join` instead of the customer token; keep it no longer than the tab.
   */
  joinToken?: string;
}

/**
 * Per-call options of a change of a booking ({@link ApptClient.bookings.cancel},
 * {@link ApptClient.bookings.reschedule}): who asks, the `Idempotency-Key`, and the customer's
 * `locale` and `timeZone` for the notice e-mail (as {@link CustomerPreferences}).
 */
export interface BookingChangeOptions extends BookingAccessOptions, CustomerPreferences {
  /** Pass the same key when retrying the same change yourself. Default: a fresh `crypto.randomUUID()`. */
  idempotencyKey?: string;
}

/** Per-call options of {@link ApptClient.bookings.cancel}: those of every change, and why. */
export interface BookingCancelOptions extends BookingChangeOptions {
  /** Why, in plain text (at most 500 characters); kept with the booking. */
  reason?: string;
}

/** Filters of {@link ApptClient.creditPackages.list}; without either, the tenant's default country's offers. */
export interface CreditOfferQuery {
  country?: string;
  currency?: string;
}

/** The widget's typed view of the tenant's public API. One immutable instance per configuration. */
export interface ApptClient {
  readonly experts: {
    /** Every expert the publishable key can see. */
    list(options?: RequestOptions): Promise<Expert[]>;
    /** One expert; rejects with an `ApiError` of code `not_found` when there is none. */
    get(expertId: string, options?: RequestOptions): Promise<Expert>;
  };
  readonly packages: {
    /** An expert's packages in ascending `listingOrder` (ties by id), optionally filtered. */
    list(query: PackageListQuery, options?: RequestOptions): Promise<AppointmentPackage[]>;
  };
  readonly slots: {
    /** A package's bookable slots in `[from, to)`, ascending, with the expert's time zone. */
    list(query: SlotListQuery, options?: RequestOptions): Promise<SlotList>;
  };
  readonly holds: {
    /**
     * Reserves slots for a few minutes. Never retried automatically; it always carries an
     * `Idempotency-Key`. Rejects with an `ApiError` `slot_unavailable` or `slot_taken` (409)
     * when a slot is gone, `validation_failed` (422) when starts overlap or are too many.
     */
    create(input: HoldInput, options?: HoldCreateOptions): Promise<Hold>;
    /** Reads a hold again (e.g. after a reload); rejects with `not_found` once it expired. */
    get(hold: Pick<Hold, 'id' | 'token'>, options?: RequestOptions): Promise<Hold>;
    /** Gives the slots back at once; rejects with `not_found` when the hold already expired. */
    release(hold: Pick<Hold, 'id' | 'token'>, options?: RequestOptions): Promise<void>;
  };
  readonly me: {
    /** The signed-in customer with their credits; rejects `customer_required` / `invalid_customer_token` (401) without a valid token. */
    get(options?: RequestOptions): Promise<Customer>;
    /** Upcoming bookings, purchases with sessions left to book, and past (ended or cancelled) bookings. */
    bookings(options?: RequestOptions): Promise<MyBookings>;
  };
  readonly payments: {
    /** Which card provider the tenant uses (Stripe and its publishable key, or test mode). */
    config(options?: RequestOptions): Promise<PaymentConfig>;
  };
  readonly purchases: {
    /**
     * Buys a package by card or credits, booking the hold in the same transaction. Never retried
     * automatically. Rejects with an `ApiError` `insufficient_credits` (402, `problem.balance` and
     * `problem.price`), `payment_declined` (402), `hold_expired` (410), `slot_taken` (409),
     * `validation_failed` (422).
     */
    create(input: PurchaseInput, options?: IdempotentRequestOptions): Promise<PurchaseReceipt>;
    /** Completes a card payment that required authentication; proven by the signed-in customer or `purchaseToken`. */
    confirm(purchaseId: string, proof?: { purchaseToken?: string }, options?: RequestOptions): Promise<PurchaseReceipt>;
  };
  readonly bookings: {
    /**
     * Books sessions of a paid purchase, all or nothing: a live hold (`holdId` + `holdToken`) or
     * offered `starts`, not both. Never retried automatically. Rejects `slot_taken` (409),
     * `hold_expired` (410).
     */
    create(input: BookingInput, options?: IdempotentRequestOptions): Promise<BookingResult>;
    /**
     * One booking with its package's title and length, the expert's name and the policy that
     * applies, for its signed-in customer or the holder of its e-mail link (`joinToken`). Rejects
     * `not_found` (404) for a booking that does not exist or is not the caller's.
     */
    get(bookingId: string, options?: BookingAccessOptions): Promise<ManagedBooking>;
    /**
     * Cancels a booking while its `cancellableUntil` is ahead on the server clock. Never retried
     * automatically; it always carries an `Idempotency-Key`. Rejects with an `ApiError`
     * `cancel_cutoff_passed` (409, `problem.deadline`, `problem.cutoffHours` and the policy in
     * words as its message), `booking_cancelled` (409), `booking_ended` (409) or `not_found` (404).
     *
     * @example
     * const { booking, purchase } = await client.bookings.cancel('bkg_1', { joinToken, locale: 'de', timeZone: 'Europe/Berlin' });
     * if (booking.sessionReturned) console.log(`${purchase.sessionsTotal - purchase.sessionsUsed} sessions to book`);
     */
    cancel(bookingId: string, options?: BookingCancelOptions): Promise<BookingChange>;
    /**
     * Moves a booking to `start`, a slot the expert offers for its package (as `slots.list` gave
     * it), while its `reschedulableUntil` is ahead on the server clock; the old time is freed only
     * once the new one is taken. Never retried automatically; it always carries an
     * `Idempotency-Key`. Rejects with an `ApiError` `slot_taken` (409, field `start`),
     * `validation_failed` (422, field `start`: `not_offered`), `reschedule_cutoff_passed` (409, as
     * the cancel's), `booking_cancelled` / `booking_ended` (409) or `not_found` (404).
     */
    reschedule(bookingId: string, input: { start: string }, options?: BookingChangeOptions): Promise<BookingChange>;
  };
  readonly creditPackages: {
    /** Active credit packages, in ascending `listingOrder`. */
    list(query?: CreditOfferQuery, options?: RequestOptions): Promise<CreditOffer[]>;
    /** Buys credits by card (a signed-in customer only). Never retried automatically; `payment_declined` (402) as for packages. */
    purchase(input: CreditPurchaseInput, options?: IdempotentRequestOptions): Promise<CreditPurchaseReceipt>;
    /** Completes a credit purchase whose card required authentication. */
    confirm(purchaseId: string, options?: RequestOptions): Promise<CreditPurchaseReceipt>;
  };
  readonly coupons: {
    /**
     * The price of a package or credit package with a coupon code, before paying: nothing is
     * written and no use is taken. Sends the customer token when there is one. Rejects with an
     * `ApiError` `validation_failed` (422) on field `couponCode` whose `code` says why the code
     * cannot be used: `coupon_unknown`, `coupon_inactive`, `coupon_not_started`, `coupon_expired`,
     * `coupon_used_up`, `coupon_not_applicable`, `coupon_new_members_only`, `coupon_already_used`.
     */
    quote(input: CouponQuoteInput, options?: RequestOptions): Promise<CouponQuote>;
  };
  readonly signIn: {
    /**
     * E-mails a one-time code (always answers alike, whether the address is known or not). Never
     * sends the customer token. Rejects `rate_limited` (429).
     */
    requestCode(input: SignInCodeInput, options?: RequestOptions): Promise<Wire.SignInCodeSent>;
    /**
     * Trades the 6-digit code for a customer token of that e-mail address. Never sends the customer
     * token. Rejects `validation_failed` (422, field `code`) on a wrong or expired code.
     */
    verify(input: SignInVerifyInput, options?: RequestOptions): Promise<CustomerSession>;
  };
  readonly calls: {
    /**
     * Admits the caller to a booking's call. Never retried automatically. Rejects with an
     * `ApiError` `too_early` (425, its `problem.joinOpensAt` says when), `session_ended` (410),
     * `not_your_booking` (403), `invalid_customer_token` / `invalid_join_token` (401), `not_found`
     * (404) or `phone_balance_insufficient` (402).
     */
    join(bookingId: string, input: CallJoinInput, options?: RequestOptions): Promise<JoinAnswer>;
    /** The call's server-stamped state (first client join, who ended it and when), with the server clock. */
    state(bookingId: string, credentials?: CallCredentials, options?: RequestOptions): Promise<CallStateAnswer>;
    /** Ends the session for both (the expert only). Never retried automatically. */
    end(bookingId: string, credentials: { expertToken: string }, options?: RequestOptions): Promise<CallEndAnswer>;
  };
}
