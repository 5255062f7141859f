-- Bearer secrets leave the database in clear. An idempotent write's stored answer carries hold,
-- purchase and join tokens, so it is now kept sealed (AES-256-GCM) under a key derived from the
-- Idempotency-Key itself, and that key is stored only as SHA-256: a copy of the database cannot
-- read a replay. Test-mode e-mails (sign-in codes, call links) are sealed under the server's key.

-- Claims still in progress (a card charge between its two transactions) keep their place under
-- the hashed key; answers already stored in clear are dropped rather than kept readable: they
-- were replayable for 24 hours at most.
ALTER TABLE idempotency_keys ADD COLUMN key_hash text;
UPDATE idempotency_keys
   SET key_hash = encode(sha256(convert_to(idempotency_key, 'UTF8')), 'hex');
DELETE FROM idempotency_keys WHERE response_status <> 0;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys DROP COLUMN idempotency_key;
ALTER TABLE idempotency_keys DROP COLUMN response_body;
ALTER TABLE idempotency_keys ALTER COLUMN key_hash SET NOT NULL;
ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_key_hash_check CHECK (key_hash ~ '^[0-9a-f]{64}$');
ALTER TABLE idempotency_keys ADD PRIMARY KEY (api_key_id, key_hash);
-- NULL while the write is in progress; then `v1.` + base64url(nonce, tag, ciphertext).
ALTER TABLE idempotency_keys ADD COLUMN response_sealed text;

-- Mails stored in clear before now are test-mode mails: they are sealed from now on, and the
-- old ones go (their codes and links have expired or can be sent again).
DELETE FROM outbox;
ALTER TABLE outbox RENAME COLUMN body TO body_sealed;
