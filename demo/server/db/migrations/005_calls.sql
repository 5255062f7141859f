-- Calls: the server-stamped state of each booking's call, guests' booking-scoped join tokens and
-- experts' short-lived tokens. Secrets are stored only as SHA-256.

-- One row per booking that has a join token or a call. The first client join is written once
-- (never overwritten by a rejoin); only an end by the expert is stored, automatic ends are
-- computed from the rules.
CREATE TABLE booking_calls (
  booking_id        text PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
  join_token_hash   text UNIQUE CHECK (join_token_hash IS NULL OR join_token_hash ~ '^[0-9a-f]{64}$'),
  room_name         text,
  room_url          text CHECK (room_url IS NULL OR room_url LIKE 'https://%'),
  client_joined_at  timestamptz,
  ended_at          timestamptz,
  ended_by          text CHECK (ended_by IS NULL OR ended_by = 'expert'),
  CONSTRAINT booking_calls_room CHECK ((room_name IS NULL) = (room_url IS NULL)),
  CONSTRAINT booking_calls_ended CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);

-- Tokens the tenant's backend mints with the admin key for an expert to join and end calls.
CREATE TABLE expert_tokens (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  expert_id   text NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX expert_tokens_expiry_idx ON expert_tokens (expires_at);
