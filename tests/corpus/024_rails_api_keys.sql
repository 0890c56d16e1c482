-- corpus-expect: none
CREATE TABLE "api_keys" (
  "id" bigserial primary key,
  "user_id" bigint NOT NULL,
  "token_digest" character varying NOT NULL,
  "last_used_at" timestamp(6),
  "created_at" timestamp(6) NOT NULL,
  "updated_at" timestamp(6) NOT NULL,
  CONSTRAINT "fk_rails_32c28d0dc2"
FOREIGN KEY ("user_id")
  REFERENCES "users" ("id")
);
CREATE  INDEX "index_api_keys_on_user_id" ON "api_keys" ("user_id");
CREATE UNIQUE INDEX "index_api_keys_on_token_digest" ON "api_keys" ("token_digest");
