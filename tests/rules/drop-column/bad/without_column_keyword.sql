ALTER TABLE orders DROP legacy_status;
