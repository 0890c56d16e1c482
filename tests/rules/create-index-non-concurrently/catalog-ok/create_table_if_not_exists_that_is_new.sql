CREATE TABLE IF NOT EXISTS refunds (id bigserial PRIMARY KEY, order_id bigint);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);
