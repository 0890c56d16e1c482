-- corpus-expect: add-check-constraint
ALTER TABLE ONLY "Payments" ADD CHECK ("amountCents" > 0);
ALTER TABLE ONLY "Payments" ALTER COLUMN "status" SET DEFAULT 'pending';
