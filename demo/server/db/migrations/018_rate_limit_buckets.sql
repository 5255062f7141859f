-- The request rate limit, shared by every server instance on this database: one counter per
-- client key (API key and address) and fixed window, counted up by one statement per request.
--
-- UNLOGGED: a counter is written on every request, and losing the counts of the current window in
-- a crash only forgives a few requests, so the table skips the write-ahead log (no WAL flush per
-- request). The instances delete the windows that have ended as they start a new one.
CREATE UNLOGGED TABLE rate_limit_buckets (
  -- Whose requests: '<api key id>|<client address>'.
  key          text NOT NULL,
  -- The start of the window on the server clock: a multiple of the window length since the epoch.
  window_start timestamptz NOT NULL,
  count        integer NOT NULL DEFAULT 1 CHECK (count >= 1),
  PRIMARY KEY (key, window_start)
);
