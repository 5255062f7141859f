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
