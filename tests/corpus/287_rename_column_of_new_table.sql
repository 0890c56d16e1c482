-- corpus-expect: none
CREATE TABLE payout_batches (
    id bigserial PRIMARY KEY,
    crated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE payout_batches RENAME COLUMN crated_at TO created_at;
ALTER TABLE payout_batches RENAME TO payout_runs;
