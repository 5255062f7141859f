-- Card charges run outside any transaction: a purchase is recorded `pending` with the key its
-- charge is made with, committed, charged, then settled in a second transaction. The key lets a
-- retry of the same request find the pending purchase and finish it (the provider answers the
-- same key with the same payment) instead of recording a second one.
ALTER TABLE purchases ADD COLUMN payment_key text UNIQUE;
ALTER TABLE credit_purchases ADD COLUMN payment_key text UNIQUE;
