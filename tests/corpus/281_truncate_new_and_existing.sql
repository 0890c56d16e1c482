-- corpus-expect: truncate-table
CREATE TABLE price_import (sku text, price_cents bigint);
TRUNCATE price_import, price_history;
