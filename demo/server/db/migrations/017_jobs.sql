-- Background jobs (booking reminders first): a table every server instance polls, each due job
-- claimed by one instance at a time with FOR UPDATE SKIP LOCKED and a lease (`locked_until`), so
-- that the job of an instance that crashed is taken up again once its lease has run out.

CREATE TABLE jobs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Which handler runs the job, e.g. 'reminder'.
  kind         text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{0,39}$'),
  -- One job per key, whoever enqueues it and however often: e.g. 'reminder:<booking>:<offset>:<start>'.
  dedupe_key   text NOT NULL UNIQUE CHECK (char_length(dedupe_key) BETWEEN 1 AND 300),
  payload      jsonb NOT NULL DEFAULT '{}',
  -- Not before this instant (server clock); moved on by the backoff after a failed attempt.
  run_at       timestamptz NOT NULL,
  -- Attempts started: counted when a runner claims the job.
  attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error   text,
  -- The lease of the runner working on the job; the job may be claimed again once it has passed.
  locked_until timestamptz,
  -- Set once the handler succeeded, or once the job gave up after its last attempt (it stays, visible).
  done_at      timestamptz,
  failed_at    timestamptz,
  created_at   timestamptz NOT NULL,
  CONSTRAINT jobs_done_or_failed CHECK (done_at IS NULL OR failed_at IS NULL),
  CONSTRAINT jobs_failed_has_error CHECK (failed_at IS NULL OR last_error IS NOT NULL)
);

-- What a runner polls: the open jobs by due time.
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE done_at IS NULL AND failed_at IS NULL;

-- The reminder planner looks at bookings by start.
CREATE INDEX bookings_starts_at_idx ON bookings (starts_at);
