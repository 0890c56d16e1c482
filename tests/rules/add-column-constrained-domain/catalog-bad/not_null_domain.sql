ALTER TABLE app."Products" ADD COLUMN "Brand" required_text DEFAULT 'unknown';
