-- Students and courses (down).

DROP TABLE courses;
DROP TABLE students;
