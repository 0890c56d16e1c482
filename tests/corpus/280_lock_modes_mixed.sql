-- corpus-expect: lock-table-explicit
LOCK TABLE carts IN SHARE UPDATE EXCLUSIVE MODE;
LOCK TABLE cart_items IN SHARE ROW EXCLUSIVE MODE;
