CREATE VIEW orders_local AS
    SELECT id, created_at AT TIME ZONE 'Europe/Berlin' AS created_local,
           created_at::timestamp AS created_naive
      FROM orders;
UPDATE orders SET paid_at = '2026-01-01 00:00:00'::timestamp AT TIME ZONE 'UTC' WHERE id = 0;
