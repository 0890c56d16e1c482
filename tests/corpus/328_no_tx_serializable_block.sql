-- corpus-expect: none
-- pgmig:no-transaction
START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
INSERT INTO ledger_adjustments (account_id, cents, reason)
SELECT id, -balance_cents, 'write-off 2026' FROM ledger_accounts_legacy WHERE closed_at < '2020-01-01';
COMMIT;
