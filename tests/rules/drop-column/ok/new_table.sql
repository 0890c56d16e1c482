CREATE TABLE shipments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   bigint NOT NULL,
    carrier    text,
    tmp_flag   boolean
);
ALTER TABLE shipments DROP COLUMN tmp_flag;
