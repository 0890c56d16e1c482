SET search_path TO reporting, public;
REFRESH MATERIALIZED VIEW "CustomerStats";
