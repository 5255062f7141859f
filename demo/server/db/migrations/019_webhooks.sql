-- Webhooks (issue #14 point 5): the tenant registers endpoints; every change worth telling
-- (purchase paid, booking created…) stores one event in the transaction that makes the change,
-- with one delivery per active endpoint subscribed to its type, sent by a `webhook` job (signed
-- per Standard Webhooks) and retried with the job runner's backoff. Every attempt is kept.

CREATE TABLE webhook_endpoints (
  id           text PRIMARY KEY CHECK (id ~ '^whe_[a-z0-9]{1,60}$'),
  url          text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000),
  -- The event types it receives (at least one).
  events       text[] NOT NULL CHECK (cardinality(events) >= 1),
  description  text CHECK (char_length(description) <= 2000),
  -- The signing secret, `whsec_` + base64: kept as is because signing needs it; shown only when created.
  secret       text NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/]+=*$'),
  active       boolean NOT NULL DEFAULT true,
  version      integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);

-- One event, stored iff its change committed; `data` is the resource as the API showed it then.
CREATE TABLE webhook_events (
  id          text PRIMARY KEY CHECK (id ~ '^evt_[a-z0-9]{1,60}$'),
  type        text NOT NULL CHECK (type ~ '^[a-z]+\.[a-z]+$'),
  data        jsonb NOT NULL,
  created_at  timestamptz NOT NULL
);

-- One event for one endpoint: at most one per pair, so an event is never sent twice on its own.
CREATE TABLE webhook_deliveries (
  id               text PRIMARY KEY CHECK (id ~ '^whd_[a-z0-9]{1,60}$'),
  event_id         text NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
  endpoint_id      text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_status_code integer,
  last_error       text,
  -- When the next attempt is due (server clock); NULL once delivered or given up.
  next_attempt_at  timestamptz,
  -- The last successful attempt (a resend moves it on).
  delivered_at     timestamptz,
  created_at       timestamptz NOT NULL,
  UNIQUE (event_id, endpoint_id)
);

-- The delivery log of an endpoint: newest first, ties by id (the keyset of its cursor).
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

-- Every attempt of a delivery: the status code the endpoint answered, or why there was none.
CREATE TABLE webhook_attempts (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id  text NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempted_at timestamptz NOT NULL,
  status_code  integer,
  error        text,
  CHECK (status_code IS NOT NULL OR error IS NOT NULL)
);

CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id DESC);
