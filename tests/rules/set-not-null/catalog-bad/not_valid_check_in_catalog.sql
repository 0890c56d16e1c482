-- orders_status_nn exists but was never validated: SET NOT NULL scans the table.
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
