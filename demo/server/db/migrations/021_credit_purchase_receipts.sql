-- Receipts of credit purchases (issue #14 point 4): when the receipt e-mail of a paid credit
-- purchase was handed to the mailer, so that a later confirm or replay says `emailSent` truly.
ALTER TABLE credit_purchases ADD COLUMN receipt_mailed_at timestamptz;

-- The customer's purchase history ("my bookings") lists paid credit purchases newest first.
CREATE INDEX credit_purchases_customer_paid_idx ON credit_purchases (customer_id, created_at DESC) WHERE status = 'paid';
