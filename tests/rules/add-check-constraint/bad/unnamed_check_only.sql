ALTER TABLE ONLY accounts ADD CHECK (currency <> '');
