-- corpus-expect: none
ALTER TABLE orders ADD COLUMN priority smallint NOT NULL DEFAULT (1 + 1);
ALTER TABLE orders ADD COLUMN source text NOT NULL DEFAULT upper('web');
ALTER TABLE orders ADD COLUMN ttl interval NOT NULL DEFAULT '30 days'::interval;
