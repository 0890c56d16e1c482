DO $$
BEGIN
    EXECUTE 'REFRESH MATERIALIZED VIEW reporting."CustomerStats"';
END
$$;
