-- corpus-expect: add-column-default-rewrite
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM information_schema.columns
        WHERE table_schema = 'app' AND table_name = 'devices' AND column_name = 'device_uuid'
    ) THEN
        ALTER TABLE app.devices ADD COLUMN device_uuid uuid DEFAULT uuid_generate_v4();
    END IF;
END
$$;
