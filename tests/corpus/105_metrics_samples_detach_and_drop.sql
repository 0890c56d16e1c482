-- corpus-expect: detach-partition-non-concurrently, drop-table
ALTER TABLE "metrics"."samples" DETACH PARTITION "metrics"."samples_2023";
DROP TABLE "metrics"."samples_2023";
