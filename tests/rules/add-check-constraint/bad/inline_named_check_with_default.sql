ALTER TABLE accounts
    ADD COLUMN overdraft_limit numeric(14, 2) NOT NULL DEFAULT 0
        CONSTRAINT accounts_overdraft_limit_check CHECK (overdraft_limit >= 0);
