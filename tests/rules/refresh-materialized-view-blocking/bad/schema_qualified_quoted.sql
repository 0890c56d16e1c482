REFRESH MATERIALIZED VIEW reporting."CustomerStats";
