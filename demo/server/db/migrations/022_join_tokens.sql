-- Booking-scoped tokens (the call link, "Reschedule or cancel") in a table of their own, so that a
-- booking can have several: the confirmation's and one per reminder, each admitting that booking
-- only. Stored as SHA-256, never as the token.

CREATE TABLE booking_join_tokens (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  booking_id  text NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX booking_join_tokens_booking_idx ON booking_join_tokens (booking_id);

INSERT INTO booking_join_tokens (token_hash, booking_id)
SELECT join_token_hash, booking_id FROM booking_calls WHERE join_token_hash IS NOT NULL;

ALTER TABLE booking_calls DROP COLUMN join_token_hash;
