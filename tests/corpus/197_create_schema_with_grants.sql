-- corpus-expect: none
CREATE SCHEMA IF NOT EXISTS integrations AUTHORIZATION app_owner;
GRANT USAGE ON SCHEMA integrations TO app_rw;
CREATE TABLE integrations.slack_installations (
    team_id text PRIMARY KEY,
    bot_token text NOT NULL,
    installed_by bigint REFERENCES public.users (id),
    installed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON integrations.slack_installations (installed_by);
