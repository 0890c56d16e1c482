ALTER TABLE orders
    ADD COLUMN placed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN placed_on date NOT NULL DEFAULT current_date,
    ADD COLUMN audited_at timestamptz DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN expires_at timestamptz DEFAULT now() + interval '30 days',
    ADD COLUMN placed_at_utc timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    ADD COLUMN billing_month date DEFAULT date_trunc('month', statement_timestamp())::date,
    ADD COLUMN tx_started_at timestamptz DEFAULT transaction_timestamp(),
    ADD COLUMN created_by text DEFAULT current_user,
    ADD COLUMN local_ts timestamp(3) DEFAULT LOCALTIMESTAMP(3);
