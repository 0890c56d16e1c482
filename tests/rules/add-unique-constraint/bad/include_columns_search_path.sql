SET search_path TO app;
ALTER TABLE "ApiKeys" ADD CONSTRAINT api_keys_user_token_key UNIQUE ("UserId", "Token") INCLUDE ("Id");
