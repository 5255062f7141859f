-- Booking policy, customer cancel/reschedule and admin cancel (issue #14 slice A).
--
-- The tenant's settings that an admin changes live in one row of tenant_settings (the home
-- country and currency stay in the server's configuration). A package may override the policy
-- with its own three columns, all set or all NULL (NULL = the tenant's).
CREATE TABLE tenant_settings (
  -- Exactly one row: the key can only be true.
  singleton                boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  cancel_cutoff_hours      integer NOT NULL DEFAULT 24 CHECK (cancel_cutoff_hours BETWEEN 0 AND 720),
  reschedule_cutoff_hours  integer NOT NULL DEFAULT 24 CHECK (reschedule_cutoff_hours BETWEEN 0 AND 720),
  cancel_returns_session   boolean NOT NULL DEFAULT true,
  -- Minutes before a session's start when its customer is reminded (each 5..10080, unique, ≤ 5).
  reminder_minutes         integer[] NOT NULL DEFAULT '{1440,60}' CHECK (
    cardinality(reminder_minutes) <= 5
    AND array_position(reminder_minutes, NULL) IS NULL
    AND 5 <= ALL (reminder_minutes) AND 10080 >= ALL (reminder_minutes)
  ),
  version                  integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);

INSERT INTO tenant_settings DEFAULT VALUES;

ALTER TABLE packages
  ADD COLUMN cancel_cutoff_hours integer CHECK (cancel_cutoff_hours BETWEEN 0 AND 720),
  ADD COLUMN reschedule_cutoff_hours integer CHECK (reschedule_cutoff_hours BETWEEN 0 AND 720),
  ADD COLUMN cancel_returns_session boolean,
  ADD CONSTRAINT packages_policy_whole CHECK (
    (cancel_cutoff_hours IS NULL) = (reschedule_cutoff_hours IS NULL)
    AND (cancel_cutoff_hours IS NULL) = (cancel_returns_session IS NULL)
  );

-- A cancelled booking keeps its row (the customer's history) but loses its reservation, so its
-- time is free again. rescheduled_from is the start before the last move.
ALTER TABLE bookings
  ADD COLUMN status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancelled_by text CHECK (cancelled_by IN ('customer', 'business')),
  ADD COLUMN session_returned boolean,
  ADD COLUMN rescheduled_from timestamptz,
  ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) <= 4000),
  ADD CONSTRAINT bookings_cancellation_fields CHECK (
    (status = 'booked' AND cancelled_at IS NULL AND cancelled_by IS NULL AND session_returned IS NULL AND cancel_reason IS NULL)
    OR (status = 'cancelled' AND cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL AND session_returned IS NOT NULL)
  );

