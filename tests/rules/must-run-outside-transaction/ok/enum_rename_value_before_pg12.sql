-- pg-version: 11
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
