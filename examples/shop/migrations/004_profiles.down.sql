-- Profiles (down).

DROP TABLE profiles;
