CREATE TABLE IF NOT EXISTS app."Metrics_APAC" PARTITION OF app."Metrics" FOR VALUES IN ('apac', 'anz');
