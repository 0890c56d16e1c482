-- corpus-expect: none
ALTER TABLE "accounts" ADD COLUMN "timezone" varchar(255), ADD COLUMN "onboarded_at" timestamp(0), ADD COLUMN "referrer" varchar(255) DEFAULT 'organic';
