SET search_path TO app;
ALTER TABLE "Transfers" ADD CONSTRAINT transfers_distinct_accounts CHECK ("FromAccount" <> "ToAccount");
