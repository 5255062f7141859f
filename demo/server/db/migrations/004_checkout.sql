-- Checkout: customers (with a credits balance and its ledger), short-lived customer tokens,
-- purchases of packages (each granting `sessions` entitlements), every payment attempt, and the
-- bookings that consume entitlements, each owning one reservation (kind 'booking') so that the
-- exclusion constraint of 003 keeps bookings and holds from ever overlapping.

CREATE TABLE customers (
  id          text PRIMARY KEY CHECK (id ~ '^cus_[a-z0-9_]{1,60}$'),
  email       text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
  name        text NOT NULL DEFAULT '' CHECK (char_length(name) <= 120),
  phone       text CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),
  -- The balance can never go negative, whatever the write path.
  credits     bigint NOT NULL DEFAULT 0 CHECK (credits >= 0 AND credits <= 9007199254740991),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- One customer per e-mail address, compared case-insensitively.
CREATE UNIQUE INDEX customers_email_idx ON customers (lower(email));

-- Tokens a host site mints with the admin key; only their SHA-256 is stored.
CREATE TABLE customer_tokens (
  token_hash   text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  customer_id  text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  expires_at   timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX customer_tokens_expiry_idx ON customer_tokens (expires_at);

CREATE TABLE purchases (
  id               text PRIMARY KEY CHECK (id ~ '^pur_[a-z0-9_]{1,60}$'),
  -- SHA-256 of the purchase token, the guest's proof of the purchase (confirm, book later).
  token_hash       text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  customer_id      text NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
  package_id       text NOT NULL REFERENCES packages (id) ON DELETE RESTRICT,
  expert_id        text NOT NULL REFERENCES experts (id) ON DELETE RESTRICT,
  method           text NOT NULL CHECK (method IN ('card', 'credits')),
  -- pending: waiting for the card's authentication; paid: entitlements granted; failed: none.
  status           text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  amount           bigint NOT NULL CHECK (amount >= 0),
  currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  credits          bigint CHECK (credits IS NULL OR credits >= 1),
  -- Who took the money: 'test' (offline test mode), 'stripe', or 'credits'.
  provider         text NOT NULL,
  provider_payment_id text,
  sessions_total   integer NOT NULL CHECK (sessions_total BETWEEN 1 AND 100),
  sessions_used    integer NOT NULL DEFAULT 0,
  -- The hold to book once a pending card payment is confirmed.
  hold_id          text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT purchases_sessions_used CHECK (sessions_used BETWEEN 0 AND sessions_total),
  CONSTRAINT purchases_only_paid_used CHECK (status = 'paid' OR sessions_used = 0),
  CONSTRAINT purchases_price_of_method CHECK ((method = 'credits') = (credits IS NOT NULL))
);

CREATE INDEX purchases_customer_idx ON purchases (customer_id, created_at);

-- Every movement of a customer's credits: grants (positive) and purchases (negative).
CREATE TABLE credit_ledger (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id  text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  amount       bigint NOT NULL CHECK (amount <> 0),
  reason       text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
  purchase_id  text REFERENCES purchases (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX credit_ledger_customer_idx ON credit_ledger (customer_id, id);

-- Every payment attempt, whatever its outcome.
CREATE TABLE payment_attempts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  purchase_id   text NOT NULL REFERENCES purchases (id) ON DELETE CASCADE,
  customer_id   text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  amount        bigint NOT NULL CHECK (amount >= 0),
  currency      text NOT NULL,
  method        text NOT NULL CHECK (method IN ('card', 'credits')),
  -- 'test' (offline test mode), 'stripe', or 'credits'.
  provider      text NOT NULL,
  provider_payment_id text,
  status        text NOT NULL CHECK (status IN ('succeeded', 'failed', 'requires_action')),
  failure_code  text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'failed') = (failure_code IS NOT NULL))
);

CREATE INDEX payment_attempts_purchase_idx ON payment_attempts (purchase_id, id);

-- One booked session of a purchase.
CREATE TABLE bookings (
  id           text PRIMARY KEY CHECK (id ~ '^bkg_[a-z0-9_]{1,60}$'),
  purchase_id  text NOT NULL REFERENCES purchases (id) ON DELETE RESTRICT,
  customer_id  text NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
  expert_id    text NOT NULL REFERENCES experts (id) ON DELETE RESTRICT,
  package_id   text NOT NULL REFERENCES packages (id) ON DELETE RESTRICT,
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL CHECK (ends_at > starts_at),
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX bookings_customer_idx ON bookings (customer_id, starts_at);

-- A booking's reservation points at it (the API always links them; a hold never has one); the
-- exclusion constraint of 003 applies unchanged.
ALTER TABLE reservations ADD COLUMN booking_id text UNIQUE REFERENCES bookings (id) ON DELETE CASCADE;
ALTER TABLE reservations ADD CONSTRAINT reservations_booking_link CHECK (booking_id IS NULL OR kind = 'booking');
