-- corpus-expect: none
ALTER TABLE projects VALIDATE CONSTRAINT projects_visibility_check;
