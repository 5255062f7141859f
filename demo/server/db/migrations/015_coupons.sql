-- Coupons (issue #13 point 2): a coupon carries gift credits or a percentage discount and has one
-- or more codes; each use is a row of coupon_uses, counted while it is used or held by a payment
-- still in progress, so that concurrent purchases never use a code more than `total_uses` times.
CREATE TABLE coupons (
  id                 text PRIMARY KEY CHECK (id ~ '^cpn_[a-z0-9_]{1,60}$'),
  title              text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 480),
  gift_credits       bigint CHECK (gift_credits BETWEEN 1 AND 1000000),
  percent_off        integer CHECK (percent_off BETWEEN 1 AND 100),
  applies_to         text NOT NULL CHECK (applies_to IN ('initial', 'campaign')),
  uses_per_customer  integer NOT NULL CHECK (uses_per_customer BETWEEN 1 AND 1000000),
  -- How many times each code may be used in all; NULL for no limit.
  total_uses         integer CHECK (total_uses BETWEEN 1 AND 1000000),
  starts_at          timestamptz NOT NULL,
  expires_at         timestamptz CHECK (expires_at IS NULL OR expires_at > starts_at),
  new_members_only   boolean NOT NULL,
  -- The experts whose packages it is for; NULL for every package and credit package.
  expert_ids         jsonb CHECK (expert_ids IS NULL OR jsonb_typeof(expert_ids) = 'array'),
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL,
  CHECK ((gift_credits IS NULL) <> (percent_off IS NULL))
);

-- The admin listing: newest first, ties by id (the keyset of its cursor).
CREATE INDEX coupons_listing_idx ON coupons (created_at DESC, id DESC);

-- Codes are stored uppercase and matched case-insensitively (the request's code is uppercased).
CREATE TABLE coupon_codes (
  code       text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$'),
  coupon_id  text NOT NULL REFERENCES coupons (id) ON DELETE CASCADE
);

CREATE INDEX coupon_codes_coupon_idx ON coupon_codes (coupon_id, code);

-- One use of a code by a purchase or a credit purchase. `held` while its card payment is in
-- progress (counted until `held_until`, so an abandoned payment gives its use back), `used` once
-- paid, `released` when the payment failed.
CREATE TABLE coupon_uses (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  coupon_id           text NOT NULL REFERENCES coupons (id) ON DELETE RESTRICT,
  code                text NOT NULL REFERENCES coupon_codes (code) ON DELETE RESTRICT,
  customer_id         text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  purchase_id         text UNIQUE REFERENCES purchases (id) ON DELETE CASCADE,
  credit_purchase_id  text UNIQUE REFERENCES credit_purchases (id) ON DELETE CASCADE,
  status              text NOT NULL CHECK (status IN ('held', 'used', 'released')),
  held_until          timestamptz NOT NULL,
  -- What the coupon took off the price: minor units of `unit`, or credits when `unit` is 'credits'.
  discount            bigint NOT NULL CHECK (discount >= 0),
  unit                text NOT NULL CHECK (unit = 'credits' OR unit ~ '^[A-Z]{3}$'),
  gift_credits        bigint CHECK (gift_credits BETWEEN 1 AND 1000000),
  created_at          timestamptz NOT NULL,
  CHECK ((purchase_id IS NULL) <> (credit_purchase_id IS NULL))
);

CREATE INDEX coupon_uses_code_idx ON coupon_uses (code, status);
CREATE INDEX coupon_uses_customer_idx ON coupon_uses (coupon_id, customer_id, status);

-- A coupon may take a credits price down to 0, and a card price to 0 (paid without a provider).
ALTER TABLE purchases DROP CONSTRAINT purchases_credits_check;
ALTER TABLE purchases ADD CONSTRAINT purchases_credits_check CHECK (credits IS NULL OR credits >= 0);

-- The gift credits of a coupon use, granted once per use (by constraint) when its payment succeeds.
ALTER TABLE credit_ledger ADD COLUMN coupon_use_id bigint UNIQUE REFERENCES coupon_uses (id) ON DELETE SET NULL;
