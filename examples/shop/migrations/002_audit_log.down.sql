-- Audit log (down): the recorded history is lost.

DROP FUNCTION audit_row_change();
DROP TABLE audit_log;
