-- corpus-expect: add-column-auto-increment
ALTER TABLE "ImportRows"
    ADD COLUMN "lineNo" smallserial,
    ADD COLUMN "globalSeq" serial8;
