-- corpus-expect: add-foreign-key
ALTER TABLE "comments"
    ADD FOREIGN KEY ("post_id") REFERENCES "posts" ON DELETE CASCADE,
    ALTER COLUMN "body" SET DEFAULT '';
