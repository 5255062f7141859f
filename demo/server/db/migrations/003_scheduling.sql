-- Scheduling: each expert's availability (weekly rules, date overrides, blocks) and the
-- reservations that take an expert's time (slot holds now, bookings later), kept apart by an
-- exclusion constraint so that two of them can never overlap, whatever the write path.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One row per expert, created with the expert (trigger below). The expert's zone stays in
-- experts.time_zone; weekly rules and overrides are stored as validated JSON (src/core slot rules).
CREATE TABLE availability (
  expert_id   text PRIMARY KEY REFERENCES experts (id) ON DELETE CASCADE,
  version     integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- [{ "weekday": 1..7, "start": "HH:MM", "end": "HH:MM" | "24:00" }]
  weekly      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(weekly) = 'array'),
  -- [{ "date": "YYYY-MM-DD", "intervals": [{ "start", "end" }] }]
  overrides   jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(overrides) = 'array'),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO availability (expert_id) SELECT id FROM experts ON CONFLICT DO NOTHING;

CREATE FUNCTION create_expert_availability() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO availability (expert_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;

CREATE TRIGGER experts_create_availability AFTER INSERT ON experts
  FOR EACH ROW EXECUTE FUNCTION create_expert_availability();

-- Periods an expert is busy for other reasons (holidays, conferences): part of availability,
-- replaced as a whole by PUT …/availability. Blocks may overlap reservations.
CREATE TABLE availability_blocks (
  id          text PRIMARY KEY CHECK (id ~ '^blk_[a-z0-9_]{1,60}$'),
  expert_id   text NOT NULL REFERENCES availability (expert_id) ON DELETE CASCADE,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  reason      text NOT NULL DEFAULT '',
  CHECK (ends_at > starts_at)
);

CREATE INDEX availability_blocks_expert_idx ON availability_blocks (expert_id, starts_at);

-- A hold keeps up to `sessions` slots of one package for a client while they check out.
-- Only the SHA-256 of its token is stored. It stops counting at expires_at (server clock).
CREATE TABLE holds (
  id           text PRIMARY KEY CHECK (id ~ '^hold_[a-z0-9_]{1,60}$'),
  token_hash   text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  expert_id    text NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
  package_id   text NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  expires_at   timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX holds_expert_expiry_idx ON holds (expert_id, expires_at);

-- Every stretch of an expert's time that is taken: a held slot (kind 'hold', with the hold's
-- expiry) or, later, a booked session (kind 'booking', no expiry). `span` covers the session and
-- the break after it, [start, start + duration + break). The exclusion constraint makes two
-- overlapping spans of one expert impossible; expired holds are deleted before an insert.
CREATE TABLE reservations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  expert_id   text NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('hold', 'booking')),
  hold_id     text REFERENCES holds (id) ON DELETE CASCADE,
  -- The session [starts_at, ends_at); span adds the break.
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  span        tstzrange NOT NULL,
  -- Copied from the hold so that busy queries need no join; null for bookings.
  expires_at  timestamptz,
  CONSTRAINT reservations_hold_fields CHECK (
    (kind = 'hold' AND hold_id IS NOT NULL AND expires_at IS NOT NULL)
    OR (kind = 'booking' AND hold_id IS NULL AND expires_at IS NULL)
  ),
  CONSTRAINT reservations_span_covers_session CHECK (
    ends_at > starts_at AND lower(span) = starts_at AND upper(span) >= ends_at
    AND lower_inc(span) AND NOT upper_inc(span)
  ),
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (expert_id WITH =, span WITH &&)
);

CREATE INDEX reservations_hold_idx ON reservations (hold_id);
