-- uuid-ossp installed in public, called schema-qualified: still uuid_generate_v4(), still VOLATILE.
ALTER TABLE customers ADD COLUMN device_id uuid DEFAULT public.uuid_generate_v4();
