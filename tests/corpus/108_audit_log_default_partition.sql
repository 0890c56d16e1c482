-- corpus-expect: partition-attach-locks-parent
CREATE TABLE IF NOT EXISTS audit.log_default PARTITION OF audit.log DEFAULT;
