-- corpus-expect: truncate-table
-- Everyone has to sign in again after the cookie format change.
TRUNCATE sessions;
