CREATE UNIQUE INDEX customers_email_uidx ON customers (email);
