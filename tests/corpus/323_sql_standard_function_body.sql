-- corpus-expect: none
CREATE OR REPLACE FUNCTION order_total(o orders) RETURNS bigint
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(i.price_cents * i.quantity), 0) FROM order_items i WHERE i.order_id = o.id;
END;
CREATE OR REPLACE PROCEDURE touch_order(p_id bigint)
LANGUAGE sql
BEGIN ATOMIC
    UPDATE orders SET updated_at = now() WHERE id = p_id;
END;
