-- Move the hot table to the new NVMe tablespace.
ALTER TABLE orders SET TABLESPACE fast_ssd;
