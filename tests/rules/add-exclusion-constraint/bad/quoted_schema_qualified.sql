ALTER TABLE app."Shifts" ADD CONSTRAINT "Shifts_NoOverlap"
    EXCLUDE USING gist ("EmployeeId" WITH =, "Period" WITH &&);
