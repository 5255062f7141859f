/**
 * Public types of the widget's HTTP client. The wire shapes are aliases of the types generated
 * from openapi.yaml (src/wire); only the client's own options and queries are declared here.
 */
import type { AppointmentPackage } from '../core/package.js';
import type * as Wire from '../wire/index.js';

/**
 * An expert as the public API describes them: `id`, `name`, `headline` (a one-line description,
 * may be empty) and `timeZone` (their IANA zone, e.g. `"Europe/Berlin"`, in which availability is
 * defined).
 */
export type Expert = Wire.Expert;

export type { CustomerTokenSource, RetryOptions } from '../http/options.js';
import type { CustomerTokenSource, RetryOptions } from '../http/options.js';

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

/**
 * The bookable slots of a package in a range: the expert's `timeZone` (in which availability is
 * defined) and the answer's `data` as `slots`, ascending, UTC instants (`…Z`) with `end` = `start` +
 * the package's duration.
 */
export type SlotList = Pick<Wire.SlotList, 'timeZone'> & { slots: Wire.SlotList['data'] };

/**
 * What {@link ApptClient.holds.create} reserves: up to `sessions` slots of one package. `starts`
 * are slot starts exactly as `slots.list` returned them (UTC instants ending in `Z`), 1 to the
 * package's `sessions`.
 */
export type HoldInput = Wire.ReadonlyArrays<Wire.HoldCreate>;

/** Per-call options of {@link ApptClient.holds.create}. */
export interface HoldCreateOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` of this reservation. Pass the same key when retrying the same request
   * yourself, so a reservation made before a lost answer is returned instead of duplicated.
   * Default: a fresh `crypto.randomUUID()`.
   */
  idempotencyKey?: string;
}

/**
 * Slots reserved for a few minutes while the client checks out: the reserved `slots` ascending,
 * `expiresAt` (server clock, a UTC instant) and the `token` proving ownership (sent as
 * `Apptkit-Hold` to read or release it; keep it no longer than the tab).
 */
export type Hold = Wire.Hold;

/** Who joins a call: the booking's client or its expert. */
export type CallParticipant = Wire.JoinRequest['role'];

/**
 * How a caller proves who they are on a booking's call routes. Send at most one token; with none,
 * the client's `customerToken` (a signed-in client of the booking) identifies the caller.
 */
export interface CallCredentials {
  /** A guest's booking-scoped join token (from the confirmation e-mail's link), sent as `Apptkit-Join`. */
  joinToken?: string;
  /** The expert's token, minted by the tenant's backend with the admin key, sent as `Apptkit-Expert`. */
  expertToken?: string;
}

/** What {@link ApptClient.calls.join} sends: the role and, for a guest or the expert, a token. */
export interface CallJoinInput extends CallCredentials {
  /** `expert` needs `expertToken`; `client` takes a `joinToken` or the signed-in customer token. */
  role: CallParticipant;
}

/** Who provides the call: Daily, or the reference server's offline test provider (test mode). */
export type CallProvider = Wire.JoinAnswer['provider'];

/** The progress of the server's dial-out to the client's phone (phone packages). */
export type PhoneDialStatus = NonNullable<Wire.JoinAnswer['phone']>['status'];

/**
 * The server's answer to a join: where the call is (`roomUrl`, `null` only for the client of a
 * phone package, whom the server dials instead, and its `meetingToken`), the package's ending
 * rules, the server's `sessionTimes()` of the booking, the client's first join and the server's
 * clock (`serverTime`, from which the UI derives its clock offset). Instants are UTC (`…Z`).
 */
export type JoinAnswer = Wire.JoinAnswer;

/** Why the server ended a session: the expert, the automatic deadline, or the by-expert hard stop. */
export type CallEndedBy = NonNullable<Wire.CallState['endedBy']>;

/**
 * A booking's call as the server sees it now, what the call UI polls for server-stamped events:
 * the first client join, when and by whom the session ended (`null` while it has not), the session
 * times and the server clock.
 */
export type CallStateAnswer = Wire.CallState;

/** The server's answer to {@link ApptClient.calls.end}: when it ended, and the server clock. */
export type CallEndAnswer = Wire.CallEnd;

/** The signed-in customer (`GET /v1/me`), with their `credits` balance (a whole number, never negative). */
export type Customer = Wire.Me;

/**
 * One booked session; instants are UTC (`…Z`). `joinToken` is only in the answer that created the
 * booking: the guest's booking-scoped join token (the call link's proof, sent as `Apptkit-Join`),
 * never shown again; keep it no longer than the tab.
 */
export type Booking = Wire.Booking;

/** How a purchase is paid: by card, with credits, or `free` (a package whose fee is 0). */
export type PaymentMethodKind = Wire.Purchase['method'];

/**
 * The customer's language and time zone, sent with purchases, bookings and sign-ins: the server
 * stores them on the customer and writes its e-mails in that language (`en`, `de`, `tr`, `ar` by
 * primary subtag, anything else English) with times in that zone, named. `locale` is a BCP 47 tag
 * such as `"de-DE"` (a malformed one is a 422 on `locale`), `timeZone` an IANA zone such as
 * `"Europe/Berlin"` (an unknown one is a 422 on `timeZone`).
 */
export type CustomerPreferences = Pick<Wire.PurchaseCreate, 'locale' | 'timeZone'>;

/**
 * A purchase of a package and its session entitlements. `status` is `pending` until a card needing
 * authentication is confirmed, `paid` grants the sessions, `failed` grants nothing; `amount` is
 * what the card paid in the smallest unit of `currency` (0 for credits and free); `credits` is
 * `null` for a card or free purchase; `provider` is `test` (the reference server's offline test
 * mode: no money moved), `stripe`, `credits` or `none` (free).
 */
export type Purchase = Wire.Purchase;

/** Whether a card payment is done or waits for the customer's authentication (3-D Secure). */
export type PaymentStatus = Wire.PurchaseReceipt['paymentStatus'];

/**
 * A purchase as its create and confirm calls answer: its `bookings` (those just created carry
 * their `joinToken`), `token` (only on create: the secret proving the purchase; keep it no longer
 * than the tab), `clientSecret` (with `requires_action` from Stripe), `bookingProblem` (the payment
 * succeeded but the hold expired first: the sessions stay to book later) and `emailSent`.
 */
export type PurchaseReceipt = Wire.PurchaseReceipt;

/**
 * A guest paying by card without an account; the tenant finds or creates the customer by e-mail.
 * `name` 1–120 characters, `email` at most 254, `phone` E.164 (`+4915112345678`), required for a
 * phone package.
 */
export type GuestDetails = Wire.Guest;

/** The hold a purchase books in the same transaction as the payment. */
export type HoldReference = Required<Pick<Wire.PurchaseCreate, 'holdId' | 'holdToken'>>;

/** The fields every purchase may send, whatever its method. */
type PurchaseCommon = Omit<Wire.PurchaseCreate, 'method' | 'paymentMethod' | 'guest'>;
/** The wire's `method` narrowed to one value. */
type Method<M extends PaymentMethodKind> = { method: M };

/**
 * What {@link ApptClient.purchases.create} sends, by method: `credits`; `card` with the provider's
 * `paymentMethod` (Stripe's `pm_…`, or a test card `pm_card_visa`, `pm_card_declined`,
 * `pm_card_authentication_required`); `free`, only for a package whose `fee` is 0 (nothing is
 * charged). A card or free purchase takes `guest` unless a customer is signed in (then it must be
 * left out).
 */
export type PurchaseInput =
  | (PurchaseCommon & Method<'credits'>)
  | (PurchaseCommon &
      Method<'card'> &
      Required<Pick<Wire.PurchaseCreate, 'paymentMethod'>> &
      Pick<Wire.PurchaseCreate, 'guest'>)
  | (PurchaseCommon & Method<'free'> & Pick<Wire.PurchaseCreate, 'guest'>);

/** Per-call options of the requests that take an `Idempotency-Key`. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Pass the same key when retrying the same request yourself. Default: a fresh `crypto.randomUUID()`. */
  idempotencyKey?: string;
}

/**
 * What {@link ApptClient.bookings.create} sends: a live hold (`holdId` + `holdToken`), or offered
 * `starts` (as `slots.list` returned them, 1 to the sessions left) to book directly.
 * `purchaseToken` is the purchase's `token`, not needed when its customer is signed in.
 */
export type BookingInput = Wire.ReadonlyArrays<Wire.BookingCreate>;

/**
 * The answer of {@link ApptClient.bookings.create}: the purchase with its updated `sessionsUsed`,
 * the bookings, and whether the confirmation e-mail was handed to the mailer before this answer.
 */
export type BookingResult = Wire.BookingResult;

/**
 * The signed-in customer's upcoming bookings (not ended on the server clock, ascending by start)
 * and paid purchases with sessions left to book (`sessionsUsed` < `sessionsTotal`).
 */
export type MyBookings = Wire.MyBookings;

/**
 * How the tenant takes card payments: Stripe (with its publishable key for stripe.js), or the
 * reference server's offline test mode, where test card tokens choose the outcome.
 */
export type PaymentConfig = Wire.PaymentConfig;

/**
 * A credit package on sale (`GET /v1/credit-packages`): the wire's credit package without the
 * admin fields (`version`, `active`), which the client drops. `credits` are granted by one
 * purchase; `price` is in the smallest unit of `currency`.
 */
export type CreditOffer = Omit<Wire.CreditPackage, 'version' | 'active'>;

/** Filters of {@link ApptClient.creditPackages.list}; without either, the tenant's default country's offers. */
export interface CreditOfferQuery {
  country?: string;
  currency?: string;
}

/**
 * What {@link ApptClient.creditPackages.purchase} sends; needs a signed-in customer.
 * `paymentMethod` as for a card purchase of a package.
 */
export type CreditPurchaseInput = Wire.CreditPurchaseCreate;

/**
 * A purchase of credits, as its create and confirm calls answer: the `credits` it grants (once
 * `paid`) and the customer's credits `balance` after this answer.
 */
export type CreditPurchaseReceipt = Wire.CreditPurchaseReceipt;

/**
 * What {@link ApptClient.signIn.requestCode} sends; `locale` is the code e-mail's language and
 * `name` is stored for a new customer.
 */
export type SignInCodeInput = Wire.SignInCodeCreate;

/** What {@link ApptClient.signIn.verify} sends: the address and the 6-digit code mailed to it. */
export type SignInVerifyInput = Wire.SignInTokenCreate;

/**
 * A signed-in customer's token and when it lapses (a UTC instant). Send `token` as the client's
 * `customerToken`; keep it no longer than the tab (never in localStorage).
 */
export type CustomerSession = Wire.CustomerSession;

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
    /** Upcoming bookings and purchases with sessions left to book. */
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
  };
  readonly creditPackages: {
    /** Active credit packages, in ascending `listingOrder`. */
    list(query?: CreditOfferQuery, options?: RequestOptions): Promise<CreditOffer[]>;
    /** Buys credits by card (a signed-in customer only). Never retried automatically; `payment_declined` (402) as for packages. */
    purchase(input: CreditPurchaseInput, options?: IdempotentRequestOptions): Promise<CreditPurchaseReceipt>;
    /** Completes a credit purchase whose card required authentication. */
    confirm(purchaseId: string, options?: RequestOptions): Promise<CreditPurchaseReceipt>;
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
