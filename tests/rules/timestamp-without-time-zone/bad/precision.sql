CREATE TABLE sensor_readings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measured_at  timestamp(3) NOT NULL,
    value        double precision NOT NULL
);
