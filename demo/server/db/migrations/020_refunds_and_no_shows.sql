-- The business's refunds of package purchases and no-shows (issue #14 point 3).
--
-- A refund gives money (card, through the provider) or credits (back to the ledger) for sessions
-- the purchase will never use: `full` (the whole price, the purchase closed) or `unused_sessions`
-- (the sessions never booked, and optionally its upcoming bookings, cancelled). The sessions it
-- takes off are counted in purchases.sessions_refunded, so sessions_used + sessions_refunded never
-- exceeds sessions_total and nothing more can be booked.

-- `refunded`: closed by a full refund; its past sessions stay used.
ALTER TABLE purchases DROP CONSTRAINT purchases_status_check;
ALTER TABLE purchases ADD CONSTRAINT purchases_status_check CHECK (status IN ('pending', 'paid', 'failed', 'refunded'));
ALTER TABLE purchases DROP CONSTRAINT purchases_only_paid_used;
ALTER TABLE purchases ADD CONSTRAINT purchases_only_paid_used CHECK (status IN ('paid', 'refunded') OR sessions_used = 0);
ALTER TABLE purchases ADD COLUMN sessions_refunded integer NOT NULL DEFAULT 0 CHECK (sessions_refunded >= 0);
ALTER TABLE purchases ADD CONSTRAINT purchases_sessions_refunded CHECK (sessions_used + sessions_refunded <= sessions_total);

CREATE TABLE refunds (
  id                  text PRIMARY KEY CHECK (id ~ '^rfd_[a-z0-9_]{1,60}$'),
  purchase_id         text NOT NULL REFERENCES purchases (id) ON DELETE RESTRICT,
  scope               text NOT NULL CHECK (scope IN ('full', 'unused_sessions')),
  -- pending: recorded (its sessions already taken off), the provider not yet answered;
  -- succeeded: the money or credits went back; failed: the provider refused, the sessions came back.
  status              text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  -- Money back in the smallest unit of `currency` (0 for credits, and for a purchase nothing paid).
  amount              bigint NOT NULL CHECK (amount >= 0),
  currency            text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- Credits back to the ledger; NULL unless the purchase was paid with credits.
  credits             bigint CHECK (credits IS NULL OR credits >= 0),
  -- Sessions taken off the purchase: never booked, plus the upcoming bookings it cancelled.
  sessions            integer NOT NULL CHECK (sessions BETWEEN 0 AND 100),
  -- 'test' (offline test mode), 'stripe', 'credits', or 'none' (nothing to pay back).
  provider            text NOT NULL,
  provider_refund_id  text,
  failure_code        text,
  reason              text CHECK (char_length(reason) <= 500),
  -- The provider's idempotency key: SHA-256 of the API key and the request's Idempotency-Key, so a
  -- retry finds its pending refund and the provider answers it with the same refund.
  refund_key          text NOT NULL UNIQUE CHECK (refund_key ~ '^refund_[0-9a-f]{64}$'),
  created_at          timestamptz NOT NULL,
  settled_at          timestamptz,
  CONSTRAINT refunds_failure_code CHECK ((status = 'failed') = (failure_code IS NOT NULL)),
  CONSTRAINT refunds_settled CHECK ((status = 'pending') = (settled_at IS NULL))
);

-- At most one refund of a purchase in progress, whatever the path.
CREATE UNIQUE INDEX refunds_one_pending_idx ON refunds (purchase_id) WHERE status = 'pending';
CREATE INDEX refunds_purchase_idx ON refunds (purchase_id, created_at);
-- The sales report lists settled refunds by time.
CREATE INDEX refunds_created_idx ON refunds (created_at);

-- The credits of a refund go back once, whatever the path.
ALTER TABLE credit_ledger ADD COLUMN refund_id text UNIQUE REFERENCES refunds (id) ON DELETE SET NULL;

-- The refund that cancelled an upcoming booking (its session refunded, not returned).
ALTER TABLE bookings ADD COLUMN refund_id text REFERENCES refunds (id) ON DELETE SET NULL;
ALTER TABLE bookings ADD CONSTRAINT bookings_refund_cancelled CHECK (refund_id IS NULL OR status = 'cancelled');

-- A no-show: the business's word, after the session's end, that the client never came. The
-- session stays used; the status stays 'booked' (its readers are unchanged).
ALTER TABLE bookings ADD COLUMN no_show_at timestamptz;
ALTER TABLE bookings ADD CONSTRAINT bookings_no_show_booked CHECK (no_show_at IS NULL OR status = 'booked');
