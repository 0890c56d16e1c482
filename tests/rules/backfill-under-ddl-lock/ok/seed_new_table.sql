CREATE TABLE shipping_methods (
    code   text PRIMARY KEY,
    label  text NOT NULL
);
CREATE INDEX shipping_methods_label_idx ON shipping_methods (label);
INSERT INTO shipping_methods (code, label) VALUES ('std', 'Standard'), ('exp', 'Express');
