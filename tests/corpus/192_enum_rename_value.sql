-- corpus-expect: none
ALTER TYPE shipment_status RENAME VALUE 'label_created' TO 'pending';
ALTER TYPE shipment_status ADD VALUE IF NOT EXISTS 'lost';
