-- corpus-expect: none
ALTER TABLE wallets
    ADD COLUMN bonus_cents bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT wallets_bonus_non_negative CHECK (bonus_cents >= 0) NOT VALID;
