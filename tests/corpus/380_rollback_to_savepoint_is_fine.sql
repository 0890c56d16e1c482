-- corpus-expect: none
CREATE TABLE import_errors (id bigserial PRIMARY KEY, line integer, message text);
SAVEPOINT try_seed;
INSERT INTO import_errors (line, message) VALUES (0, 'seed');
ROLLBACK TO SAVEPOINT try_seed;
RELEASE SAVEPOINT try_seed;
