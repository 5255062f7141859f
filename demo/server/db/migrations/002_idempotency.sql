-- Responses of writes that carried an Idempotency-Key, replayed when the same key comes again.
CREATE TABLE idempotency_keys (
  api_key_id       text NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
  idempotency_key  text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
  -- Method, path and SHA-256 of the body: the same key with another request is refused.
  request_hash     text NOT NULL,
  response_status  integer NOT NULL,
  response_body    jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (api_key_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
