-- CREATE INDEX orders_status_idx ON orders (status);
/* CREATE INDEX orders_status_idx ON orders (status);
   /* nested: CREATE INDEX x ON orders (total); */ */
SELECT 'CREATE INDEX orders_status_idx ON orders (status)' AS not_sql,
       E'CREATE INDEX x ON orders (total)\n' AS escaped,
       $q$CREATE INDEX y ON orders (status)$q$ AS dollar_quoted;
COMMENT ON TABLE orders IS 'CREATE INDEX orders_status_idx ON orders (status)';
