ALTER TYPE address RENAME ATTRIBUTE zip TO postal_code;
