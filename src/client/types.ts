/**
 * Public types of the widget's HTTP client. The wire shapes are aliases of the types generated
 * from openapi.yaml (src/wire); the client's own options, queries and interface are in `api.ts`.
 */
import type * as Wire from '../wire/index.js';

/**
 * An expert as the public API describes them: `id`, `name`, `headline` (a one-line description,
 * may be empty) and `timeZone` (their IANA zone, e.g. `"Europe/Berlin"`, in which availability is
 * defined).
 */
export type Expert = Wire.Expert;

export type { CustomerTokenSource, RetryOptions } from '../http/options.js';

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
 * `pm_card_authentication_required`), left out only when `couponCode` takes the whole price;
 * `free`, only for a package whose `fee` is 0 (nothing is charged). A card or free purchase takes `guest` unless a customer is signed in (then it must be
 * left out).
 */
export type PurchaseInput =
  | (PurchaseCommon & Method<'credits'>)
  | (PurchaseCommon & Method<'card'> & Pick<Wire.PurchaseCreate, 'paymentMethod' | 'guest'>)
  | (PurchaseCommon & Method<'free'> & Pick<Wire.PurchaseCreate, 'guest'>);

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
 * The signed-in customer's upcoming bookings (booked, not ended on the server clock, ascending by
 * start), paid purchases with sessions left to book (`sessionsUsed` < `sessionsTotal`),
 * `pastBookings`: the history (ended or cancelled bookings, newest start first, at most 50), and
 * `pastPurchases`: the purchase history ({@link PastPurchase}, newest first, at most 50; absent
 * from a server that predates it).
 */
export type MyBookings = Wire.MyBookings;

/**
 * One purchase of the customer's history, as its receipt says it, by `kind`: `package`, a
 * {@link Purchase} with nothing left to book (or refunded) with its package's `title`, its
 * `coupon` and `refunded` (what its refunds gave back, in its unit: minor units of `currency`, or
 * credits for a credits purchase); or `credits`, a paid purchase of `credits` by card, with its
 * credit package's `title` (`null` once that package was deleted), `amount`, `coupon` and
 * `campaignId`. `id` is the order number; `createdAt` when it was bought.
 */
export type PastPurchase = Wire.Schema<'PastPurchase'>;

/**
 * One booking as its manage page shows it ({@link ApptClient.bookings.get}): the `booking` (its
 * `status`, `cancellableUntil` / `reschedulableUntil` while booked, `rescheduledFrom` once moved),
 * its package's `packageTitle` and `durationMinutes`, the `expertName` and the `policy` that applies.
 */
export type ManagedBooking = Wire.Schema<'ManagedBooking'>;

/**
 * The answer of a cancel or a reschedule: the `booking` as it is now (cancelled, with
 * `sessionReturned`; or moved, with `rescheduledFrom`), its `purchase` with its updated
 * `sessionsUsed`, and whether the notice e-mail was handed to the mailer (`emailSent`).
 */
export type BookingChange = Wire.Schema<'BookingChange'>;

/**
 * How the tenant takes card payments: Stripe (with its publishable key for stripe.js), or the
 * reference server's offline test mode, where test card tokens choose the outcome.
 */
export type PaymentConfig = Wire.PaymentConfig;

/**
 * A credit package on sale (`GET /v1/credit-packages`): `credits` are granted by one purchase;
 * `price` is in the smallest unit of `currency`. While a running campaign lowers the price, the
 * offer carries `campaignPrice` (below `price`, what a purchase charges) and `campaign`
 * (`{ id, title, endsAt }`); both are absent otherwise.
 */
export type CreditOffer = Wire.Schema<'CreditOffer'>;

/**
 * What {@link ApptClient.creditPackages.purchase} sends; needs a signed-in customer.
 * `paymentMethod` as for a card purchase of a package.
 */
export type CreditPurchaseInput = Wire.CreditPurchaseCreate;

/**
 * What {@link ApptClient.coupons.quote} asks: the price of a package (`packageId`, paid by
 * `method`, default `card`) or of a credit package (`creditPackageId`) with `couponCode`;
 * `guestEmail` lets a guest's customer rules (new members only, uses per customer) be checked
 * before paying.
 */
export type CouponQuoteInput = Pick<Wire.Schema<'CouponQuoteRequest'>, 'couponCode' | 'guestEmail'> &
  ({ packageId: string; method?: Wire.Schema<'CouponQuoteRequest'>['method']; creditPackageId?: never } | { creditPackageId: string; packageId?: never; method?: never });

/**
 * The price with a coupon: `price` (the package's own), `campaignPrice` (the campaign's, when the
 * coupon started from it), `amount` (what the purchase would charge), `discount` (what the coupon
 * takes off) and `giftCredits` (added once paid); credits for `method: credits`, else minor units
 * of `currency`. `couponCode` is the code as stored (uppercase).
 */
export type CouponQuote = Wire.Schema<'CouponQuote'>;

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

export type {
  ApptClient,
  ClientOptions,
  CreditOfferQuery,
  HoldCreateOptions,
  IdempotentRequestOptions,
  PackageListQuery,
  RequestOptions,
  SlotListQuery,
} from './api.js';
