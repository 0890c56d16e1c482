-- corpus-expect: none
CREATE TABLE currencies (
    code char(3) PRIMARY KEY,
    minor_units smallint NOT NULL
);
SAVEPOINT before_seed;
INSERT INTO currencies VALUES ('EUR', 2), ('JPY', 0), ('KWD', 3);
RELEASE SAVEPOINT before_seed;
