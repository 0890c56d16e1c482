-- corpus-expect: add-column-default-rewrite
ALTER TABLE "Sessions"
    ADD COLUMN "csrfToken" text DEFAULT md5(random()::text || clock_timestamp()::text),
    ADD COLUMN "createdAt" timestamptz DEFAULT now();
