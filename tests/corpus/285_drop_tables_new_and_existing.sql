-- corpus-expect: drop-table
CREATE TABLE tmp_dedupe (id bigint);
DROP TABLE IF EXISTS tmp_dedupe, user_login_attempts;
