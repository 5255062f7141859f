import type { FieldError } from '../../../src/core/index.js';
import type * as Wire from '../../../src/wire/index.js';

/** The problem codes the server answers with (openapi.yaml's `ProblemCode`). */
export type ProblemCode = Wire.ProblemCode;

const TITLES: Record<ProblemCode, string> = {
  missing_key: 'API key missing',
  invalid_key: 'API key not recognized',
  forbidden: 'Key not allowed here',
  origin_not_allowed: 'Origin not allowed',
  not_found: 'Not found',
  validation_failed: 'Validation failed',
  version_conflict: 'Version conflict',
  precondition_required: 'If-Match required',
  invalid_json: 'Invalid JSON body',
  idempotency_key_required: 'Idempotency-Key required',
  slot_unavailable: 'Slot not offered',
  slot_taken: 'Slot already taken',
  hold_expired: 'Hold expired',
  customer_required: 'Signed-in customer required',
  invalid_customer_token: 'Customer token not valid',
  insufficient_credits: 'Not enough credits',
  payment_declined: 'Payment declined',
  purchase_not_paid: 'Purchase not paid',
  too_early: 'Too early to join',
  session_ended: 'Session ended',
  not_your_booking: 'Not your booking',
  invalid_join_token: 'Join token not valid',
  invalid_expert_token: 'Expert token not valid',
  expert_required: 'Expert token required',
  phone_balance_insufficient: 'Phone balance too low',
  package_has_purchases: 'Package has purchases',
  booking_cancelled: 'Booking already cancelled',
  booking_ended: 'Session already started',
  cancel_cutoff_passed: 'Cancellation period over',
  reschedule_cutoff_passed: 'Reschedule period over',
  nothing_to_refund: 'Nothing to refund',
  refund_in_progress: 'Refund in progress',
  refund_failed: 'Refund refused by the provider',
  client_joined: 'Client joined the call',
  not_ended_yet: 'Session not ended yet',
  customer_exists: 'Customer already exists',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  method_not_allowed: 'Method not allowed',
  rate_limited: 'Too many requests',
  malformed_request: 'Malformed request',
  headers_too_large: 'Request headers too large',
  request_timeout: 'Request timeout',
  internal: 'Internal server error',
};

/** The base of every problem `type` URI. */
export const PROBLEM_TYPE_BASE = 'https://apptkit.dev/problems/';

/** An RFC 9457 problem body as the server sends it (openapi.yaml's `Problem`). */
export type ProblemBody = Wire.Problem;

/** Members a problem adds to its body beyond the standard ones. */
export type ProblemMembers = Pick<
  ProblemBody,
  | 'balance'
  | 'price'
  | 'purchaseId'
  | 'declineCode'
  | 'joinOpensAt'
  | 'serverTime'
  | 'balanceUsdCents'
  | 'costUsdCents'
  | 'customerId'
  | 'deadline'
  | 'cutoffHours'
  | 'joinedAt'
  | 'endsAt'
>;

/** Options of a problem beyond its status, code and detail. */
export interface ProblemExtras {
  /** Field-level errors (422 `validation_failed`). */
  errors?: FieldError[];
  /** The stored version (412 `version_conflict`). */
  currentVersion?: number;
  /** Extra members of the body (see {@link ProblemMembers}). */
  members?: ProblemMembers;
  /** Extra response headers, e.g. `Allow` or `Retry-After`. */
  headers?: Record<string, string>;
  /** Whether the response carries the route's CORS headers; false for refused admin origins. */
  cors?: boolean;
}

/**
 * An error a handler throws to answer with a problem. Anything else thrown becomes a
 * 500 `internal` problem whose details are logged, never sent.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem' as const;

  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
  }

  /** The JSON body of this problem for the request `requestId`. */
  toBody(requestId: string): ProblemBody {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      detail: this.detail,
      code: this.code,
      requestId,
      ...(this.extras.errors ? { errors: this.extras.errors } : {}),
      ...(this.extras.currentVersion !== undefined ? { currentVersion: this.extras.currentVersion } : {}),
      ...this.extras.members,
    };
  }
}

/** A 422 `validation_failed` problem listing every field error. */
export function validationProblem(errors: FieldError[]): HttpProblem {
  const fields = [...new Set(errors.map((error) => error.field))].join(', ');
  return new HttpProblem(422, 'validation_failed', `The request has invalid fields: ${fields}.`, { errors });
}

/** A 404 `not_found` problem for a missing resource. */
export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, 'not_found', `${what} does not exist.`);
}
