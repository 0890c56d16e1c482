CREATE DOMAIN app.serial_code AS text;
ALTER TABLE orders ADD COLUMN code app.serial_code;
