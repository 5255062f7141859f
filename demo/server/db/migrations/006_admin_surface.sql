-- The rest of the admin surface: credit packages (credits sold for money), the tenant's USD phone
-- balance with its ledger, and an index for the sales report over payment attempts.

CREATE TABLE credit_packages (
  id             text PRIMARY KEY CHECK (id ~ '^cpk_[a-z0-9_]{1,60}$'),
  version        integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- Length counts grapheme clusters (src/admin/credit-packages/validate.ts); SQL keeps non-empty, one line.
  title          text NOT NULL CHECK (char_length(btrim(title)) >= 1 AND title !~ '[[:cntrl:]]'),
  credits        bigint NOT NULL CHECK (credits BETWEEN 1 AND 9007199254740991),
  price          bigint NOT NULL CHECK (price BETWEEN 0 AND 9007199254740991),
  currency       text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  country        text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  active         boolean NOT NULL DEFAULT true,
  listing_order  bigint NOT NULL CHECK (listing_order BETWEEN 0 AND 9007199254740991),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX credit_packages_listing_idx ON credit_packages (listing_order, id);

-- The tenant's prepaid balance for phone (GSM) calls, in US cents: exactly one row.
CREATE TABLE phone_balance (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  balance     bigint NOT NULL DEFAULT 0 CHECK (balance >= 0 AND balance <= 9007199254740991),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO phone_balance (singleton, balance) VALUES (true, 0);

-- Every movement of the phone balance: top-ups (positive) and call charges (negative).
CREATE TABLE phone_balance_ledger (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  amount      bigint NOT NULL CHECK (amount <> 0),
  reason      text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The sales report filters attempts by time and pages through them newest first by id.
CREATE INDEX payment_attempts_created_idx ON payment_attempts (created_at, id);
