-- corpus-expect: change-column-type
-- Probably varchar(255) -> text (binary coercible), but the file does not say what the old type is.
ALTER TABLE "Products" ALTER "description" SET DATA TYPE text;
