-- expect: 2
CREATE DATABASE analytics;
ALTER SYSTEM SET work_mem = '64MB';
