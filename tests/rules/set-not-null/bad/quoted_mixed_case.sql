-- Table created by the old ORM with quoted CamelCase names.
ALTER TABLE "Accounts" ALTER "OwnerEmail" SET NOT NULL;
