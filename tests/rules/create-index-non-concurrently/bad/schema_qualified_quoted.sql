CREATE INDEX "Orders_Status_idx" ON app."Orders" ("Status");
