-- The classic: the id sequence is about to run out.
ALTER TABLE orders ALTER COLUMN id TYPE bigint;
