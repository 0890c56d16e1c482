-- corpus-expect: none
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'shipped';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'partially_refunded' BEFORE 'refunded';
