ALTER TABLE memberships
    ALTER COLUMN role SET DEFAULT 'viewer',
    ADD PRIMARY KEY (user_id, group_id) INCLUDE (role);
