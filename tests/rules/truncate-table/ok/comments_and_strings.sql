-- TRUNCATE sessions;
/* TRUNCATE TABLE login_attempts CASCADE; */
INSERT INTO maintenance_tasks (command) VALUES ('TRUNCATE sessions');
INSERT INTO maintenance_tasks (command) VALUES ($cmd$TRUNCATE login_attempts$cmd$);
COMMENT ON TABLE sessions IS 'Safe to TRUNCATE during a maintenance window.';
