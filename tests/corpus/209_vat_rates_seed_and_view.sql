-- corpus-expect: none
CREATE TABLE vat_rates (
    country_code char(2) NOT NULL,
    valid_from date NOT NULL,
    rate numeric(5, 2) NOT NULL,
    PRIMARY KEY (country_code, valid_from)
);
INSERT INTO vat_rates VALUES ('DE', '2007-01-01', 19.00), ('FR', '2014-01-01', 20.00), ('AT', '2016-01-01', 20.00);
CREATE VIEW current_vat_rates AS
SELECT DISTINCT ON (country_code) country_code, rate
FROM vat_rates WHERE valid_from <= current_date
ORDER BY country_code, valid_from DESC;
