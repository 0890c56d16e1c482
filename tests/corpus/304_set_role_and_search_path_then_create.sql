-- corpus-expect: none
SET LOCAL ROLE app_owner;
SET LOCAL search_path = public;
CREATE TABLE announcement_reads (
    announcement_id bigint NOT NULL,
    user_id bigint NOT NULL,
    read_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (announcement_id, user_id)
);
RESET ROLE;
