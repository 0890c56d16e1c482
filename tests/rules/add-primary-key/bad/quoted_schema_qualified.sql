ALTER TABLE app."Sessions" ADD CONSTRAINT "Sessions_pkey" PRIMARY KEY ("Token");
