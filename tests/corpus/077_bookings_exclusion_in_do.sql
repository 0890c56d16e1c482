-- corpus-expect: add-exclusion-constraint
DO $$
BEGIN
    ALTER TABLE "Bookings" ADD CONSTRAINT "Bookings_no_double_booking"
        EXCLUDE USING gist ("resourceId" WITH =, "period" WITH &&);
EXCEPTION WHEN duplicate_object THEN
    RAISE NOTICE 'constraint already exists';
END
$$;
