-- corpus-expect: none
--
-- Add field priority to ticket
--
ALTER TABLE "support_ticket" ADD COLUMN "priority" varchar(10) DEFAULT 'normal' NOT NULL;
ALTER TABLE "support_ticket" ALTER COLUMN "priority" DROP DEFAULT;
--
-- Add field closed_at to ticket
--
ALTER TABLE "support_ticket" ADD COLUMN "closed_at" timestamp with time zone NULL;
