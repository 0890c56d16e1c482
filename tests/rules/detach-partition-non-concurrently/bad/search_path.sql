SET search_path TO app;
ALTER TABLE "Metrics" DETACH PARTITION "Metrics_EU";
