ALTER TABLE memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id);
