-- Product descriptions (down): the descriptions are lost.

ALTER TABLE products DROP COLUMN description;
