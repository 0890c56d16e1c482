LOCK "OrderEvents" IN SHARE ROW EXCLUSIVE MODE;
DELETE FROM "OrderEvents" WHERE kind = 'debug';
