-- Turning a stored generated column into a plain column is a catalog change.
ALTER TABLE measurements ALTER COLUMN fahrenheit DROP EXPRESSION;
