-- corpus-expect: nested-transaction-control
CREATE TABLE export_jobs (id bigserial PRIMARY KEY, kind text NOT NULL);
COMMIT AND CHAIN;
CREATE TABLE export_job_files (id bigserial PRIMARY KEY, job_id bigint NOT NULL);
