-- E-mails in the customer's language and time zone, free packages, and honest confirmations.
--
-- A customer's language (one of the mail catalogs: en, de, tr, ar) and IANA time zone, as the
-- latest purchase, booking or sign-in that sent them said; NULL until one does (then e-mails are
-- in English and in the expert's zone). A sign-in code keeps the request's ones until it is used.
ALTER TABLE customers ADD COLUMN locale text CHECK (locale IN ('en', 'de', 'tr', 'ar'));
ALTER TABLE customers ADD COLUMN time_zone text CHECK (char_length(time_zone) BETWEEN 1 AND 64);
ALTER TABLE sign_in_codes ADD COLUMN locale text CHECK (locale IN ('en', 'de', 'tr', 'ar'));
ALTER TABLE sign_in_codes ADD COLUMN time_zone text CHECK (char_length(time_zone) BETWEEN 1 AND 64);

-- A package whose fee is 0 is bought with method 'free': nothing is charged (provider 'none').
ALTER TABLE purchases DROP CONSTRAINT purchases_method_check;
ALTER TABLE purchases ADD CONSTRAINT purchases_method_check CHECK (method IN ('card', 'credits', 'free'));
ALTER TABLE purchases ADD CONSTRAINT purchases_free_is_free CHECK (method <> 'free' OR (amount = 0 AND provider = 'none'));

-- When the purchase's confirmation e-mail was handed to the mailer; NULL while it was not.
ALTER TABLE purchases ADD COLUMN confirmation_mailed_at timestamptz;
