-- corpus-expect: none
CREATE TYPE job_state AS ENUM ('queued', 'running', 'done', 'failed');
CREATE TABLE jobs_v2 (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue TEXT NOT NULL CHECK (queue <> ''),
    state job_state NOT NULL DEFAULT 'queued',
    payload JSONB NOT NULL DEFAULT '{}',
    run_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    attempts INT NOT NULL DEFAULT 0
);
CREATE INDEX jobs_v2_dequeue_idx ON jobs_v2 (queue, run_at) WHERE state = 'queued';
