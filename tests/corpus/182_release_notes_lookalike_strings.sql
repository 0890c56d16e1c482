-- corpus-expect: none
CREATE TABLE release_notes (
    id serial PRIMARY KEY,
    version text NOT NULL,
    body text NOT NULL
);

-- Nothing below executes the SQL it mentions:
-- DROP TABLE users; TRUNCATE orders; ALTER TABLE orders DROP COLUMN total_cents;
/* LOCK TABLE accounts; /* nested: VACUUM FULL events; */ CREATE INDEX ON orders (status); */
INSERT INTO release_notes (version, body) VALUES
    ('4.2', 'We will DROP TABLE legacy_users next week and ALTER TABLE orders RENAME COLUMN total TO total_cents.'),
    ('4.3', $note$REFRESH MATERIALIZED VIEW daily_sales now runs nightly; TRUNCATE sessions happened on deploy.$note$),
    ('4.4', E'CREATE INDEX orders_status_idx ON orders (status);\nREINDEX TABLE orders;');
