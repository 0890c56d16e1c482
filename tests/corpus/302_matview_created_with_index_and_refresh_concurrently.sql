-- corpus-expect: none
CREATE MATERIALIZED VIEW product_popularity AS
SELECT product_id, count(*) AS views FROM product_views GROUP BY product_id;
CREATE UNIQUE INDEX product_popularity_product_id_key ON product_popularity (product_id);
CREATE INDEX product_popularity_views_idx ON product_popularity (views DESC);
