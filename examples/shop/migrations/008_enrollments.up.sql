-- Enrollments: which student takes which course (N:M, one row per pair).

CREATE TABLE enrollments (
    student_id bigint NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    grade text,
    -- the composite key makes each pair unique and serves lookups by student_id
    PRIMARY KEY (student_id, course_id),
    CONSTRAINT enrollments_grade_check CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F'))
);

-- Lookups (and cascading deletes) by course need their own index.
CREATE INDEX enrollments_course_id_idx ON enrollments (course_id);
