-- corpus-expect: rename-table
ALTER VIEW active_users RENAME TO active_accounts;
