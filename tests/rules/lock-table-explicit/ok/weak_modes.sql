-- These modes do not conflict with reads or writes of applications.
LOCK TABLE orders IN ACCESS SHARE MODE;
LOCK TABLE orders IN ROW SHARE MODE;
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
LOCK TABLE customers IN SHARE UPDATE EXCLUSIVE MODE;
