-- corpus-expect: add-column-default-rewrite
ALTER TABLE "public"."Devices"
    ADD COLUMN "pairingCode" text DEFAULT upper(substr(md5(coalesce(NULL, random()::text)), 1, 6));
