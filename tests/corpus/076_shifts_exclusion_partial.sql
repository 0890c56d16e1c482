-- corpus-expect: add-exclusion-constraint
ALTER TABLE staffing.shifts ADD EXCLUDE USING gist (employee_id WITH =, during WITH &&)
    WHERE (cancelled_at IS NULL);
