-- corpus-expect: none
CREATE TYPE money_amount AS (amount_cents bigint, currency char(3));
CREATE OR REPLACE FUNCTION format_money(m money_amount) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char((m).amount_cents / 100.0, 'FM999G999G990D00') || ' ' || (m).currency $$;
