ALTER TABLE app."Metrics" DETACH PARTITION app."Metrics_EU";
