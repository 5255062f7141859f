-- Customers added by hand in the back office: a country beside the phone and language they
-- already have, a listing newest first, and a credits ledger that says the balance after each
-- movement (grants, deductions and purchases alike).

-- The customer's country, an ISO 3166-1 alpha-2 code; NULL when none was given.
ALTER TABLE customers ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$');

-- The admin listing: newest first, ties by id (the keyset of its cursor).
CREATE INDEX customers_created_idx ON customers (created_at DESC, id DESC);

-- The balance once the entry's movement was made. Entries written before now get the running
-- sum of the customer's movements (never below zero, as the balance never was).
ALTER TABLE credit_ledger ADD COLUMN balance_after bigint;
UPDATE credit_ledger AS entry
   SET balance_after = GREATEST(running.total, 0)
  FROM (SELECT id, SUM(amount) OVER (PARTITION BY customer_id ORDER BY id) AS total FROM credit_ledger) AS running
 WHERE running.id = entry.id;
ALTER TABLE credit_ledger ALTER COLUMN balance_after SET NOT NULL;
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_balance_after_check
  CHECK (balance_after >= 0 AND balance_after <= 9007199254740991);
