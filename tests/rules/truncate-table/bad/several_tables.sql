TRUNCATE sessions, login_attempts;
