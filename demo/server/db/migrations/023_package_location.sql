-- The place of a face-to-face package (an address, plain text), which the checkout, the calendar
-- entry and every e-mail about its sessions show. Optional; an online package has none.

ALTER TABLE packages ADD COLUMN location text
  CHECK (location IS NULL OR (appointment_type = 'face_to_face' AND location <> ''));
