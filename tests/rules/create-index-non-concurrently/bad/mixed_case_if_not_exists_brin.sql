create Index If Not Exists orders_created_at_brin
    on ORDERS using BRIN (created_at);
