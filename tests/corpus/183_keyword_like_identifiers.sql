-- corpus-expect: none
CREATE TABLE drop_requests (
    id bigserial PRIMARY KEY,
    "truncate_at" timestamptz,
    "lock" boolean NOT NULL DEFAULT false,
    rename_to text,
    vacuum_full_requested boolean NOT NULL DEFAULT false
);
CREATE INDEX "concurrently_idx" ON drop_requests ("truncate_at");
CREATE INDEX drop_requests_rename_to_idx ON drop_requests (rename_to) WHERE NOT "lock";
