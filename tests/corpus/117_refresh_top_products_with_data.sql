-- corpus-expect: refresh-materialized-view-blocking
CREATE OR REPLACE FUNCTION reporting.product_score(p_id bigint) RETURNS numeric
LANGUAGE sql STABLE AS $$ SELECT 1.0 $$;
REFRESH MATERIALIZED VIEW reporting."TopProducts" WITH DATA;
