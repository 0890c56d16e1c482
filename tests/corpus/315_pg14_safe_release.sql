-- corpus-expect: none
-- corpus-pg-version: 14
CREATE TABLE gift_cards (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    balance_cents bigint NOT NULL DEFAULT 0 CHECK (balance_cents >= 0),
    expires_on date
);
ALTER TABLE orders ADD COLUMN gift_card_id bigint REFERENCES gift_cards (id);
ALTER TABLE orders ADD COLUMN gift_card_cents bigint NOT NULL DEFAULT 0;
