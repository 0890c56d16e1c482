-- corpus-expect: none
-- pgmig:no-transaction
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO currency_rates_archive SELECT * FROM currency_rates WHERE day < '2025-01-01';
DELETE FROM currency_rates WHERE day < '2025-01-01';
END;
