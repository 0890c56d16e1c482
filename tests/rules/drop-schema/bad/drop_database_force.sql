-- pgmig:no-transaction
DROP DATABASE IF EXISTS analytics_scratch WITH (FORCE);
