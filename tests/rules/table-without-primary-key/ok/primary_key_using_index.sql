CREATE TABLE billing."LedgerEntries" (
    "Id"      bigint NOT NULL,
    "Amount"  numeric(12, 2) NOT NULL
);
CREATE UNIQUE INDEX ledger_entries_id_idx ON billing."LedgerEntries" ("Id");
ALTER TABLE billing."LedgerEntries" ADD CONSTRAINT ledger_entries_pkey PRIMARY KEY USING INDEX ledger_entries_id_idx;
