-- pg-version: 13
-- DETACH ... CONCURRENTLY only exists from PostgreSQL 14; the plain form still locks the parent.
ALTER TABLE events DETACH PARTITION events_2025_01;
