-- From PostgreSQL 12, ADD VALUE may run in a transaction (default target for cases: 15).
ALTER TYPE mood ADD VALUE 'ecstatic';
