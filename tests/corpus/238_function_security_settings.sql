-- corpus-expect: none
ALTER FUNCTION set_updated_at() SET search_path = pg_catalog, public;
REVOKE EXECUTE ON FUNCTION archive_old_orders(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive_old_orders(integer) TO app_maintenance;
ALTER PROCEDURE archive_old_orders(integer) OWNER TO app_owner;
