ALTER TABLE app."Transfers"
    ADD CONSTRAINT "Transfers_Amount_Positive" CHECK ("Amount" > 0);
