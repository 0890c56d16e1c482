SET search_path TO app, public;
ALTER TABLE events ADD COLUMN trace_id uuid DEFAULT gen_random_uuid();
