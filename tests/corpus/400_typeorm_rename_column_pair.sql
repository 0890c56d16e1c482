-- corpus-expect: rename-column
ALTER TABLE "order" RENAME COLUMN "createdDate" TO "createdAt";
ALTER TABLE "order" ALTER COLUMN "createdAt" SET DEFAULT now();
