-- corpus-expect: change-column-type
CREATE TYPE order_state AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
ALTER TABLE orders
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status TYPE order_state USING status::order_state,
    ALTER COLUMN status SET DEFAULT 'pending';
