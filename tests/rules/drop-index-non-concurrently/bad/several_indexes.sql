-- One statement, two indexes: still ACCESS EXCLUSIVE on orders for both.
DROP INDEX orders_status_idx, orders_created_at_idx;
