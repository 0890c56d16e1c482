-- corpus-expect: none
CREATE TABLE tmp_merge_map (old_id bigint PRIMARY KEY, new_id bigint NOT NULL);
INSERT INTO tmp_merge_map SELECT id, id FROM customers WHERE id < 0;
DROP TABLE IF EXISTS tmp_merge_map;
