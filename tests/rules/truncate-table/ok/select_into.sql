SELECT * INTO sessions_backup FROM sessions;
TRUNCATE sessions_backup;
