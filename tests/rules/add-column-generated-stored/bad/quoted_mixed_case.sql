ALTER TABLE app."Products"
    ADD COLUMN "FullName" text GENERATED ALWAYS AS ("Brand" || ' ' || "Model") STORED;
