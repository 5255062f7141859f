-- Passwordless sign-in codes, the test-mode outbox of e-mails, and purchases of credit packages
-- (paid by card, recorded in payment_attempts beside package purchases, credited through the ledger).

-- One-time sign-in codes. Only a salted SHA-256 of the code is stored; times come from the server
-- clock. A code is void once used or after 5 wrong attempts; old rows are purged on new requests.
CREATE TABLE sign_in_codes (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The address as asked for, trimmed and lower-cased.
  email            text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
  -- The name given with the request, stored for a new customer.
  name             text NOT NULL DEFAULT '' CHECK (char_length(name) <= 120),
  salt             text NOT NULL CHECK (salt ~ '^[0-9a-f]{32}$'),
  code_hash        text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL CHECK (expires_at > created_at),
  used_at          timestamptz
);

CREATE INDEX sign_in_codes_email_idx ON sign_in_codes (email, created_at);
CREATE INDEX sign_in_codes_expiry_idx ON sign_in_codes (expires_at);

-- E-mails of the outbox mailer (test mode: nothing is sent), kept across restarts.
CREATE TABLE outbox (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient   text NOT NULL,
  subject     text NOT NULL,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL
);

CREATE INDEX outbox_recipient_idx ON outbox (lower(recipient), id);

-- A purchase of a credit package by card. No foreign key to credit_packages: a package may be
-- deleted later, and its sales keep its id, price and credits as they were.
CREATE TABLE credit_purchases (
  id                   text PRIMARY KEY CHECK (id ~ '^cpu_[a-z0-9_]{1,60}$'),
  customer_id          text NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
  credit_package_id    text NOT NULL,
  -- pending: waiting for the card's authentication; paid: credits added; failed: nothing added.
  status               text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  amount               bigint NOT NULL CHECK (amount >= 0),
  currency             text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  credits              bigint NOT NULL CHECK (credits BETWEEN 1 AND 9007199254740991),
  provider             text NOT NULL,
  provider_payment_id  text,
  created_at           timestamptz NOT NULL
);

CREATE INDEX credit_purchases_customer_idx ON credit_purchases (customer_id, created_at);

-- A payment attempt belongs to a package purchase or to a credit purchase, never both.
ALTER TABLE payment_attempts ALTER COLUMN purchase_id DROP NOT NULL;
ALTER TABLE payment_attempts ADD COLUMN credit_purchase_id text REFERENCES credit_purchases (id) ON DELETE CASCADE;
ALTER TABLE payment_attempts ADD CONSTRAINT payment_attempts_one_purchase
  CHECK ((purchase_id IS NULL) <> (credit_purchase_id IS NULL));
CREATE INDEX payment_attempts_credit_purchase_idx ON payment_attempts (credit_purchase_id, id);

-- The ledger entry that credited a credit purchase: at most one per purchase, whatever the path.
ALTER TABLE credit_ledger ADD COLUMN credit_purchase_id text UNIQUE REFERENCES credit_purchases (id) ON DELETE SET NULL;
