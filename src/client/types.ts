/**
 * Public types of the widget's HTTP client.
 */
import type { AppointmentPackage, EndMode, EndTiming, OnlineService } from '../core/package.js';
import type { SessionTimes } from '../core/session/times.js';
import type { Slot } from '../core/slots/types.js';

/** An expert as the public API describes them. */
export interface Expert {
  id: string;
  name: string;
  /** A one-line description, may be empty. */
  headline: string;
  /** The expert's IANA time zone, e.g. `"Europe/Berlin"`; availability is defined in it. */
  timeZone: string;
}

/**
 * Where the customer token comes from: a fixed token, or a function asked before every request
 * (so a widget can refresh a short-lived token). `undefined` or `""` sends no token.
 */
export type CustomerTokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** How GET requests are retried on 408, 429 and 5xx answers and on network failures. */
export interface RetryOptions {
  /** Retries after the first attempt, integer 0–10. Default 2. */
  limit?: number;
  /** Base delay of the exponential backoff in milliseconds: base, 2×base, 4×base… Default 300. */
  backoffMs?: number;
  /** The longest a `Retry-After` answer (seconds or HTTP date) or a backoff step may make us wait. Default 5000. */
  maxRetryAfterMs?: number;
}

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

/** The bookable slots of a package in a range. */
export interface SlotList {
  /** The expert's IANA time zone, in which availability is defined, e.g. `"Europe/Berlin"`. */
  timeZone: string;
  /** Bookable slots, ascending; instants are UTC (`…Z`) and `end` = `start` + the package's duration. */
  slots: Slot[];
}

/** What {@link ApptClient.holds.create} reserves: up to `sessions` slots of one package. */
export interface HoldInput {
  expertId: string;
  packageId: string;
  /** Slot starts exactly as `slots.list` returned them (UTC instants ending in `Z`), 1 to the package's `sessions`. */
  starts: readonly string[];
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

/** Slots reserved for a few minutes while the client checks out. */
export interface Hold {
  id: string;
  /** Proves ownership of the hold: sent as `Apptkit-Hold` to read or release it. Keep it no longer than the tab. */
  token: string;
  expertId: string;
  packageId: string;
  /** The reserved slots, ascending. */
  slots: Slot[];
  /** When the hold lapses (server clock), a UTC instant. */
  expiresAt: string;
}

/** Who joins a call: the booking's client or its expert. */
export type CallParticipant = 'client' | 'expert';

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
export type CallProvider = 'daily' | 'test';

/** The progress of the server's dial-out to the client's phone (phone packages). */
export type PhoneDialStatus = 'dialing' | 'connected' | 'failed';

/**
 * The server's answer to a join: where the call is, the package's ending rules, and the server's
 * clock. Every instant is an ISO-8601 string with `Z` or an offset.
 */
export interface JoinAnswer {
  bookingId: string;
  role: CallParticipant;
  service: OnlineService;
  provider: CallProvider;
  /**
   * The room to join (https). `null` only for the client of a phone package: the server dials
   * their confirmed number instead.
   */
  roomUrl: string | null;
  /** The meeting token of `roomUrl`; its `exp` enforces the session's end on the provider's side. `null` with `roomUrl`. */
  meetingToken: string | null;
  /** The server clock when it answered: the UI derives its clock offset from it. */
  serverTime: string;
  scheduledStart: string;
  durationMinutes: number;
  endMode: EndMode;
  endTiming: EndTiming;
  /** The client's first join, recorded by the server on its clock; `null` while they have not joined. */
  clientJoinedAt: string | null;
  /** `by_expert`: minutes past the deadline before the call is stopped for both. */
  overtimeCapMinutes: number;
  /** The server's `sessionTimes()` of this booking. */
  times: SessionTimes;
  joinOpensAt: string;
  joinClosesAt: string;
  /** Phone packages only: the dial-out to the client's phone. */
  phone?: { status: PhoneDialStatus };
}

/** Why the server ended a session: the expert, the automatic deadline, or the by-expert hard stop. */
export type CallEndedBy = 'expert' | 'deadline' | 'hard_stop';

/** A booking's call as the server sees it now: what the call UI polls for server-stamped events. */
export interface CallStateAnswer {
  serverTime: string;
  clientJoinedAt: string | null;
  /** When the session ended, or `null` while it has not. */
  endedAt: string | null;
  endedBy: CallEndedBy | null;
  times: SessionTimes;
}

/** The server's answer to {@link ApptClient.calls.end}. */
export interface CallEndAnswer {
  endedAt: string;
  serverTime: string;
}

/** The signed-in customer (`GET /v1/me`). */
export interface Customer {
  id: string;
  email: string;
  name: string;
  /** The credits balance, a whole number, never negative. */
  credits: number;
}

/** One booked session. Instants are UTC (`…Z`). */
export interface Booking {
  id: string;
  purchaseId: string;
  expertId: string;
  packageId: string;
  start: string;
  end: string;
  /**
   * Only in the answer that created the booking: the guest's booking-scoped join token (the call
   * link's proof, sent as `Apptkit-Join`). Never shown again; keep it no longer than the tab.
   */
  joinToken?: string;
}

/** How a purchase is paid: by card, with credits, or `free` (a package whose fee is 0). */
export type PaymentMethodKind = 'card' | 'credits' | 'free';

/**
 * The customer's language and time zone, sent with purchases, bookings and sign-ins: the server
 * stores them on the customer and writes its e-mails in that language (`en`, `de`, `tr`, `ar` by
 * primary subtag, anything else English) with times in that zone, named.
 */
export interface CustomerPreferences {
  /** A BCP 47 tag such as `"de-DE"`, at most 35 characters; a malformed one is a 422 on `locale`. */
  locale?: string;
  /** An IANA time zone such as `"Europe/Berlin"`; an unknown one is a 422 on `timeZone`. */
  timeZone?: string;
}

/** A purchase of a package and its session entitlements. */
export interface Purchase {
  id: string;
  customerId: string;
  packageId: string;
  expertId: string;
  method: PaymentMethodKind;
  /** `pending` until a card needing authentication is confirmed; `paid` grants the sessions; `failed` grants nothing. */
  status: 'pending' | 'paid' | 'failed';
  /** What the card paid, in the smallest unit of `currency`; 0 for credits and free. */
  amount: number;
  currency: string;
  /** Credits paid; `null` for a card or free purchase. */
  credits: number | null;
  /** `test` (the reference server's offline test mode: no money moved), `stripe`, `credits` or `none` (free). */
  provider: string;
  sessionsTotal: number;
  sessionsUsed: number;
  createdAt: string;
}

/** Whether a card payment is done or waits for the customer's authentication (3-D Secure). */
export type PaymentStatus = 'succeeded' | 'requires_action';

/** A purchase as its create and confirm calls answer. */
export interface PurchaseReceipt extends Purchase {
  /** Only on create: the secret proving the purchase (confirm it, book its sessions as a guest). Keep it no longer than the tab. */
  token?: string;
  paymentStatus: PaymentStatus;
  /** With `requires_action` from Stripe: the PaymentIntent's client secret for `stripe.confirmPayment`. */
  clientSecret?: string;
  /**
   * Set when the payment succeeded but the hold could not be booked (it expired before the charge
   * completed): the purchase stays paid with its sessions to book later; `bookings` is empty.
   */
  bookingProblem?: { code: 'hold_expired'; detail: string };
  /** The bookings made with this purchase (those just created carry their `joinToken`). */
  bookings: Booking[];
  /**
   * Whether the confirmation e-mail was handed to the mailer before this answer: `false` while the
   * payment waits for authentication or when the mailer failed (the purchase stands all the same).
   */
  emailSent: boolean;
}

/** A guest paying by card without an account; the tenant finds or creates the customer by e-mail. */
export interface GuestDetails {
  /** 1–120 characters. */
  name: string;
  /** An e-mail address, at most 254 characters. */
  email: string;
  /** E.164 (`+4915112345678`); required for a phone package. */
  phone?: string;
}

/** The hold a purchase books in the same transaction as the payment. */
export interface HoldReference {
  holdId: string;
  holdToken: string;
}

/** What {@link ApptClient.purchases.create} sends. */
export type PurchaseInput =
  | ({ packageId: string; method: 'credits' } & Partial<HoldReference> & CustomerPreferences)
  | ({
      packageId: string;
      method: 'card';
      /** The provider's payment method: Stripe's `pm_…`, or a test card (`pm_card_visa`, `pm_card_declined`, `pm_card_authentication_required`). */
      paymentMethod: string;
      /** Required unless a customer is signed in (then it must be left out). */
      guest?: GuestDetails;
    } & Partial<HoldReference> &
      CustomerPreferences)
  | ({
      packageId: string;
      /** Only for a package whose `fee` is 0 (which cannot be bought by card); nothing is charged. */
      method: 'free';
      /** Required unless a customer is signed in (then it must be left out). */
      guest?: GuestDetails;
    } & Partial<HoldReference> &
      CustomerPreferences);

/** Per-call options of the requests that take an `Idempotency-Key`. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Pass the same key when retrying the same request yourself. Default: a fresh `crypto.randomUUID()`. */
  idempotencyKey?: string;
}

/** What {@link ApptClient.bookings.create} sends: a live hold, or offered `starts` to book directly. */
export interface BookingInput extends CustomerPreferences {
  purchaseId: string;
  /** The purchase's `token`; not needed when the purchase's customer is signed in. */
  purchaseToken?: string;
  holdId?: string;
  holdToken?: string;
  /** Slot starts as `slots.list` returned them, 1 to the sessions left. */
  starts?: readonly string[];
}

/** The answer of {@link ApptClient.bookings.create}. */
export interface BookingResult {
  /** The purchase with its updated `sessionsUsed`. */
  purchase: Purchase;
  bookings: Booking[];
  /** Whether the booking confirmation e-mail was handed to the mailer before this answer. */
  emailSent: boolean;
}

/** The signed-in customer's upcoming bookings and paid purchases with sessions left to book. */
export interface MyBookings {
  /** Bookings that have not ended (server clock), ascending by start. */
  bookings: Booking[];
  /** Paid purchases with `sessionsUsed` < `sessionsTotal`. */
  purchases: Purchase[];
}

/**
 * How the tenant takes card payments: Stripe (with its publishable key for stripe.js), or the
 * reference server's offline test mode, where test card tokens choose the outcome.
 */
export type PaymentConfig = { provider: 'test' } | { provider: 'stripe'; publishableKey: string };

/** A credit package on sale (`GET /v1/credit-packages`). */
export interface CreditOffer {
  id: string;
  title: string;
  /** Credits granted by one purchase. */
  credits: number;
  /** In the smallest unit of `currency`. */
  price: number;
  currency: string;
  country: string;
  listingOrder: number;
}

/** Filters of {@link ApptClient.creditPackages.list}; without either, the tenant's default country's offers. */
export interface CreditOfferQuery {
  country?: string;
  currency?: string;
}

/** What {@link ApptClient.creditPackages.purchase} sends; needs a signed-in customer. */
export interface CreditPurchaseInput extends CustomerPreferences {
  creditPackageId: string;
  /** As for a card purchase of a package. */
  paymentMethod: string;
}

/** A purchase of credits, as its create and confirm calls answer. */
export interface CreditPurchaseReceipt {
  id: string;
  customerId: string;
  creditPackageId: string;
  status: 'pending' | 'paid' | 'failed';
  amount: number;
  currency: string;
  /** Credits this purchase grants (once `paid`). */
  credits: number;
  provider: string;
  createdAt: string;
  paymentStatus: PaymentStatus;
  clientSecret?: string;
  /** The customer's credits balance after this answer. */
  balance: number;
}

/** What {@link ApptClient.signIn.requestCode} sends; `locale` is the code e-mail's language. */
export interface SignInCodeInput extends CustomerPreferences {
  email: string;
  /** Stored for a new customer. */
  name?: string;
}

/** A signed-in customer's token and when it lapses. */
export interface CustomerSession {
  /** Send as the client's `customerToken`. Keep it no longer than the tab (never in localStorage). */
  token: string;
  /** A UTC instant. */
  expiresAt: string;
  customer: Customer;
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
    requestCode(input: SignInCodeInput, options?: RequestOptions): Promise<{ expiresAt: string }>;
    /**
     * Trades the 6-digit code for a customer token of that e-mail address. Never sends the customer
     * token. Rejects `validation_failed` (422, field `code`) on a wrong or expired code.
     */
    verify(input: { email: string; code: string }, options?: RequestOptions): Promise<CustomerSession>;
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
