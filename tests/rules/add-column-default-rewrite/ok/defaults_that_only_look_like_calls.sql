ALTER TABLE app.events
    ADD COLUMN generator text NOT NULL DEFAULT 'gen_random_uuid()',
    ADD COLUMN random_seed integer NOT NULL DEFAULT 42,
    ADD COLUMN "nextval" bigint DEFAULT 0,
    ADD COLUMN clock_timestamp_label text DEFAULT E'clock_timestamp()';
