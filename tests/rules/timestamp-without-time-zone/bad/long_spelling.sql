CREATE TABLE billing.payment_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamp without time zone NOT NULL
);
