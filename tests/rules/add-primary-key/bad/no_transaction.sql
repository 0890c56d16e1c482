-- pgmig:no-transaction
ALTER TABLE app."Sessions" ADD PRIMARY KEY ("Token") WITH (fillfactor = 90);
