-- corpus-expect: create-index-non-concurrently, backfill-under-ddl-lock
CREATE INDEX subscriptions_account_id_idx ON subscriptions (account_id);
DELETE FROM subscriptions s USING subscriptions d
 WHERE s.account_id = d.account_id AND s.id < d.id AND s.status = 'cancelled';
