ALTER TABLE app."Products"
    ALTER COLUMN "Sku" TYPE text,
    ALTER COLUMN "Description" TYPE varchar;
