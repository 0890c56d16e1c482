-- corpus-expect: none
CREATE OR REPLACE FUNCTION reset_demo_data() RETURNS void LANGUAGE sql AS $$
    TRUNCATE demo_orders, demo_customers RESTART IDENTITY CASCADE;
$$;
COMMENT ON FUNCTION reset_demo_data() IS 'TRUNCATE demo_orders; used by the sandbox only';
