CREATE TYPE order_status AS ENUM ('new', 'paid');
ALTER TYPE order_status ADD VALUE 'void';
