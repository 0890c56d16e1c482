ALTER TABLE customers ADD COLUMN billing_email app.email_address;
