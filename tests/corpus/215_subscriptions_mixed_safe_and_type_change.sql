-- corpus-expect: change-column-type
CREATE TABLE subscription_events (
    id bigserial PRIMARY KEY,
    subscription_id bigint NOT NULL REFERENCES subscriptions (id),
    kind text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subscription_events_subscription_id_idx ON subscription_events (subscription_id);
ALTER TABLE subscriptions ADD COLUMN cancel_reason text;
ALTER TABLE subscriptions ALTER COLUMN plan_code TYPE varchar(32);
COMMENT ON COLUMN subscriptions.cancel_reason IS 'free text from the cancel form';
