-- Enrollments (down).

DROP TABLE enrollments;
