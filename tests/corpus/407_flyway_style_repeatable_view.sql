-- corpus-expect: none
CREATE OR REPLACE VIEW v_open_tickets AS
SELECT t.id, t.subject, t.priority, u.email AS assignee_email
FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id
WHERE t.closed_at IS NULL;
CREATE OR REPLACE FUNCTION ticket_age(t tickets) RETURNS interval LANGUAGE sql STABLE AS $$ SELECT now() - t.created_at $$;
