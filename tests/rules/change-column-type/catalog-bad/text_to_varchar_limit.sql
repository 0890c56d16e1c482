-- text -> varchar(255) must check every value's length: full rewrite.
ALTER TABLE customers ALTER COLUMN email TYPE varchar(255);
