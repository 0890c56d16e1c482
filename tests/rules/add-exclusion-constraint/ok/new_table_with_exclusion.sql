CREATE TABLE app.reservations (
    id bigserial PRIMARY KEY,
    table_no integer NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (table_no WITH =, during WITH &&)
);
CREATE TABLE app.rotas (employee_id bigint NOT NULL, period tsrange NOT NULL);
ALTER TABLE app.rotas ADD CONSTRAINT rotas_no_overlap EXCLUDE USING gist (employee_id WITH =, period WITH &&);
