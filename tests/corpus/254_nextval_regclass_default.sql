-- corpus-expect: add-column-default-rewrite
CREATE SEQUENCE IF NOT EXISTS tickets_number_seq;
ALTER TABLE tickets ADD COLUMN number bigint NOT NULL DEFAULT nextval('tickets_number_seq'::regclass);
ALTER SEQUENCE tickets_number_seq OWNED BY tickets.number;
