-- corpus-expect: lock-table-explicit
LOCK TABLE ONLY inventory IN SHARE MODE;
CREATE TABLE inventory_snapshot AS SELECT * FROM inventory;
