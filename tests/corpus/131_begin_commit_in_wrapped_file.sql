-- corpus-expect: nested-transaction-control
BEGIN;
CREATE TABLE webhooks (
    id bigserial PRIMARY KEY,
    url text NOT NULL,
    secret text NOT NULL
);
COMMIT;
