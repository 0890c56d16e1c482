SET search_path TO app, public;
CREATE TABLE "Metrics_LATAM" PARTITION OF "Metrics" FOR VALUES IN ('latam');
