-- Experts, their appointment packages, and the tenant's API keys.
-- The CHECK constraints mirror the package rules of src/core (validate-package.ts) as far as SQL
-- can, so that no write path stores a package that breaks them.

CREATE TABLE experts (
  id          text PRIMARY KEY CHECK (id ~ '^exp_[a-z0-9_]{1,60}$'),
  name        text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
  headline    text NOT NULL DEFAULT '' CHECK (char_length(headline) <= 240),
  time_zone   text NOT NULL CHECK (time_zone <> ''),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE packages (
  -- Integers the rules leave unbounded above are bigint, capped at JavaScript's largest safe integer.
  id                text PRIMARY KEY CHECK (id ~ '^pkg_[a-z0-9_]{1,60}$'),
  expert_id         text NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
  version           integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  appointment_type  text NOT NULL CHECK (appointment_type IN ('online', 'face_to_face')),
  service           text CHECK (service IN ('audio', 'phone', 'video')),
  duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  fee               bigint NOT NULL CHECK (fee >= 0 AND fee <= 9007199254740991),
  credits           bigint CHECK (credits IS NULL OR credits BETWEEN 1 AND 9007199254740991),
  sessions          integer NOT NULL CHECK (sessions BETWEEN 1 AND 100),
  break_minutes     integer NOT NULL CHECK (break_minutes BETWEEN 0 AND 240),
  country           text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  listing_order     bigint NOT NULL CHECK (listing_order BETWEEN 0 AND 9007199254740991),
  end_mode          text NOT NULL CHECK (end_mode IN ('automatic', 'by_expert')),
  end_timing        text NOT NULL CHECK (end_timing IN ('scheduled_end', 'full_duration')),
  -- Length limits count grapheme clusters (src/core), which SQL cannot; the request body limit
  -- bounds the size, the checks here keep what SQL can express: non-empty, single-line title.
  title             text NOT NULL CHECK (char_length(btrim(title)) >= 1 AND title !~ '[[:cntrl:]]'),
  description       text NOT NULL DEFAULT '',
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  -- An online session has a service; a face-to-face meeting has none.
  CONSTRAINT packages_service_matches_type CHECK (
    (appointment_type = 'online' AND service IS NOT NULL)
    OR (appointment_type = 'face_to_face' AND service IS NULL)
  )
);

-- The listing order of one expert and the admin keyset (expert, listing order, id).
CREATE INDEX packages_listing_idx ON packages (expert_id, listing_order, id);

CREATE TABLE api_keys (
  id               text PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('publishable', 'admin')),
  -- SHA-256 of the key, hex; the key itself is never stored.
  key_hash         text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  allowed_origins  text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
