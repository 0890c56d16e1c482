-- corpus-expect: rename-column
ALTER TABLE "Products" RENAME "Title" TO "title";
