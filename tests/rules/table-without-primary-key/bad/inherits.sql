-- Primary keys are not inherited.
CREATE TABLE audit_logins (
    ip  inet
) INHERITS (audit_base);
