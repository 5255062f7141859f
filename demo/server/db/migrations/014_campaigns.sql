-- Campaigns (issue #13 point 1): gift credits to new members or on a customer's first verified
-- e-mail, and percentage or fixed discounts on credit packages, each with a start, an end and an
-- active flag. The fields of a type are NULL on the other types.
CREATE TABLE campaigns (
  id                  text PRIMARY KEY CHECK (id ~ '^cmp_[a-z0-9_]{1,60}$'),
  version             integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  type                text NOT NULL CHECK (type IN ('gift_new_members', 'gift_first_verification',
                        'discount_all_credit_packages', 'discount_selected_credit_packages')),
  title               text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 480),
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL CHECK (ends_at > starts_at),
  active              boolean NOT NULL,
  gift_credits        bigint CHECK (gift_credits BETWEEN 1 AND 1000000),
  signed_up_after     timestamptz,
  percent_off         integer CHECK (percent_off BETWEEN 1 AND 100),
  amount_off          bigint CHECK (amount_off BETWEEN 1 AND 9007199254740991),
  currency            text CHECK (currency ~ '^[A-Z]{3}$'),
  credit_package_ids  jsonb CHECK (credit_package_ids IS NULL OR jsonb_typeof(credit_package_ids) = 'array'),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((type IN ('gift_new_members', 'gift_first_verification')) = (gift_credits IS NOT NULL)),
  CHECK ((amount_off IS NULL) = (currency IS NULL))
);

-- The admin listing: latest start first, ties by id (the keyset of its cursor).
CREATE INDEX campaigns_listing_idx ON campaigns (starts_at DESC, id DESC);

-- Each gift a campaign gave: at most one per (campaign, customer), written in the transaction of
-- its ledger entry, so concurrent sign-ups and verifications never grant twice.
CREATE TABLE campaign_grants (
  campaign_id  text NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
  customer_id  text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  credits      bigint NOT NULL CHECK (credits BETWEEN 1 AND 1000000),
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (campaign_id, customer_id)
);

-- When the customer first proved their e-mail (a sign-in code); NULL until then.
ALTER TABLE customers ADD COLUMN email_verified_at timestamptz;

-- The campaign whose price a credit purchase charged, and what it took off the package's price
-- (in the purchase's minor units); NULL and 0 when the full price was charged.
ALTER TABLE credit_purchases ADD COLUMN campaign_id text REFERENCES campaigns (id) ON DELETE RESTRICT;
ALTER TABLE credit_purchases ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0);
