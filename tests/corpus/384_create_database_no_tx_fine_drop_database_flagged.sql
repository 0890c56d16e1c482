-- corpus-expect: drop-schema
-- pgmig:no-transaction
CREATE DATABASE reporting_replica_test TEMPLATE template0;
DROP DATABASE IF EXISTS reporting_replica_old;
