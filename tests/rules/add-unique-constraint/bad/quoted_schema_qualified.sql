ALTER TABLE app."ApiKeys" ADD CONSTRAINT "ApiKeys_Token_key" UNIQUE ("Token");
