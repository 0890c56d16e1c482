-- email_address is a domain over text without constraints; tier stays integer.
ALTER TABLE customers ALTER COLUMN email TYPE email_address;
ALTER TABLE customers ALTER COLUMN tier TYPE int4;
