-- corpus-expect: none
CREATE TABLE geo_ip_ranges (range_start inet, range_end inet, country_code char(2));
INSERT INTO geo_ip_ranges VALUES ('10.0.0.0', '10.255.255.255', 'ZZ');
TRUNCATE TABLE geo_ip_ranges;
