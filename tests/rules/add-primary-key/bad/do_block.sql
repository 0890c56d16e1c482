DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                   WHERE conrelid = 'memberships'::regclass AND contype = 'p') THEN
        ALTER TABLE memberships ADD PRIMARY KEY (user_id, group_id);
    END IF;
END
$$;
