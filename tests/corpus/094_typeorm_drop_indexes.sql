-- corpus-expect: drop-index-non-concurrently
DROP INDEX IF EXISTS "public"."IDX_8a2d3b6c9e", "public"."IDX_f3c1e0a5b7";
CREATE TABLE "user_preferences" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "key" character varying NOT NULL, "value" jsonb, CONSTRAINT "PK_user_preferences_id" PRIMARY KEY ("id"));
