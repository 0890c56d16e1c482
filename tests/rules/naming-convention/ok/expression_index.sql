CREATE INDEX idx_customers_lower_email ON customers (lower(email));
