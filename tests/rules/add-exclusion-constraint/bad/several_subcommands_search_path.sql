-- expect: 2
SET search_path TO app, public;
ALTER TABLE "Shifts"
    ADD COLUMN "Note" text,
    ADD CONSTRAINT shifts_employee_no_overlap EXCLUDE USING gist ("EmployeeId" WITH =, "Period" WITH &&),
    ADD CONSTRAINT shifts_id_excl EXCLUDE USING btree ("Id" WITH =);
