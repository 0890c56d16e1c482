SET search_path TO app, public;
CREATE INDEX "Orders_email_idx" ON "Orders" (email);
