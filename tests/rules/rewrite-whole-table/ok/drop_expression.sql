-- DROP EXPRESSION turns the generated column into a plain one without rewriting.
ALTER TABLE orders ALTER COLUMN total DROP EXPRESSION;
