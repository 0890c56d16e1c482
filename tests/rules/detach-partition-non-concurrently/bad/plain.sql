-- Retention: January 2025 moves to cold storage.
ALTER TABLE events DETACH PARTITION events_2025_01;
