-- uuid_generate_v5 is IMMUTABLE: evaluated once, stored in the catalog, no rewrite.
ALTER TABLE customers
    ADD COLUMN namespace_id uuid DEFAULT public.uuid_generate_v5(public.uuid_ns_url(), 'https://example.com/customers');
