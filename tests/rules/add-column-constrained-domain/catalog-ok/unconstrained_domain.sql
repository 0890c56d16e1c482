ALTER TABLE orders ADD COLUMN discount app.cents, ADD COLUMN label app.label;
