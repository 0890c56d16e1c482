-- corpus-expect: add-column-auto-increment
ALTER TABLE IF EXISTS ONLY billing.payouts
    ADD COLUMN IF NOT EXISTS payout_no int8 NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 1);
