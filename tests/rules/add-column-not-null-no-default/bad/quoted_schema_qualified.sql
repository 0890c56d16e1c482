ALTER TABLE app."Accounts" ADD COLUMN "Plan" text NOT NULL;
