CREATE TABLE billing."LedgerEntries" (
    "AccountId"  bigint NOT NULL,
    "Amount"     numeric(12, 2) NOT NULL
);
