-- Sessions are cheap to recreate: log everybody out.
TRUNCATE sessions;
