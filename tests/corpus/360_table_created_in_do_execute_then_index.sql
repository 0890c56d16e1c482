-- corpus-expect: none
DO $$
BEGIN
    EXECUTE 'CREATE TABLE IF NOT EXISTS feature_usage (user_id bigint NOT NULL, feature text NOT NULL, used_at timestamptz NOT NULL DEFAULT now())';
END
$$;
CREATE INDEX feature_usage_user_id_idx ON feature_usage (user_id);
CREATE INDEX feature_usage_feature_used_at_idx ON feature_usage (feature, used_at);
