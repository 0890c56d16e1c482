-- ALTER TABLE page_views ADD PRIMARY KEY (id);
COMMENT ON TABLE page_views IS 'PRIMARY KEY (id) is attached USING INDEX in 0061';
CREATE FUNCTION app.add_pk() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE page_views ADD PRIMARY KEY (id);
END
$$;
SELECT $$ALTER TABLE memberships ADD PRIMARY KEY (user_id, group_id)$$ AS example;
