-- corpus-expect: alter-domain-add-constraint
ALTER DOMAIN "Percentage" SET NOT NULL;
