-- corpus-expect: add-check-constraint, add-column-not-null-no-default
ALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL CHECK (loyalty_points >= 0);
