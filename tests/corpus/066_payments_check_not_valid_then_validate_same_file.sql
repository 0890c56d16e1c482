-- corpus-expect: validate-in-same-transaction
-- Both statements run in the runner's single transaction: the scan runs while the AEL is held.
ALTER TABLE payments ADD CONSTRAINT payments_refund_le_amount
    CHECK (refunded_cents <= amount_cents) NOT VALID;
ALTER TABLE payments VALIDATE CONSTRAINT payments_refund_le_amount;
