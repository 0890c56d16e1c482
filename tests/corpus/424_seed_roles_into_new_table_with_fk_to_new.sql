-- corpus-expect: none
CREATE TABLE permissions (code text PRIMARY KEY, description text NOT NULL);
CREATE TABLE role_grants (
    role text NOT NULL,
    permission text NOT NULL REFERENCES permissions (code),
    PRIMARY KEY (role, permission)
);
INSERT INTO permissions VALUES ('orders.read', 'Read orders'), ('orders.refund', 'Refund orders');
INSERT INTO role_grants VALUES ('support', 'orders.read'), ('finance', 'orders.refund');
