-- WITH NO DATA empties the view: readers get an error until the next refresh.
REFRESH MATERIALIZED VIEW reporting."CustomerStats" WITH NO DATA;
