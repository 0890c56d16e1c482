-- corpus-expect: none
-- name: ledger tables for the payments service (sqlc schema)
CREATE TABLE ledger_accounts (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id    BIGINT NOT NULL REFERENCES users(id),
    currency    CHAR(3) NOT NULL,
    balance     BIGINT NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE ledger_transfers (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    from_account_id UUID NOT NULL REFERENCES ledger_accounts(id),
    to_account_id   UUID NOT NULL REFERENCES ledger_accounts(id),
    amount          BIGINT NOT NULL CHECK (amount > 0),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (from_account_id <> to_account_id)
);

CREATE INDEX ON ledger_accounts (owner_id);
CREATE INDEX ON ledger_transfers (from_account_id);
CREATE INDEX ON ledger_transfers (to_account_id);
