ALTER TABLE orders ADD COLUMN reminder_times timestamp[];
