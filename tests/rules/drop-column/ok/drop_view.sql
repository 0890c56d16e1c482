DROP VIEW order_notes;
