-- Students and courses (joined by enrollments in the next migration).

CREATE TABLE students (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT students_full_name_check CHECK (length(full_name) BETWEEN 1 AND 200),
    CONSTRAINT students_email_check CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);

CREATE UNIQUE INDEX students_email_lower_key ON students (lower(email));

CREATE TABLE courses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    title text NOT NULL,
    credits smallint NOT NULL,
    capacity integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT courses_code_check CHECK (code ~ '^[A-Z]{2,4}[0-9]{3}$'),
    CONSTRAINT courses_credits_check CHECK (credits BETWEEN 1 AND 10),
    CONSTRAINT courses_capacity_check CHECK (capacity > 0)
);

CREATE TRIGGER students_set_updated_at
    BEFORE UPDATE ON students
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER courses_set_updated_at
    BEFORE UPDATE ON courses
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
