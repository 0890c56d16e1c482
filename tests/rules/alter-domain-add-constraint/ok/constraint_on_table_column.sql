-- The safe alternative: constrain the column, NOT VALID now, VALIDATE later.
ALTER TABLE customers ADD CONSTRAINT customers_email_has_at CHECK (email LIKE '%@%') NOT VALID;
