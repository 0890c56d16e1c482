-- corpus-expect: none
ALTER TABLE "Subscriptions"
    ALTER COLUMN "cancelReason" DROP NOT NULL,
    ALTER COLUMN "renewsAt" DROP DEFAULT,
    ALTER COLUMN "plan" SET DEFAULT 'basic';
