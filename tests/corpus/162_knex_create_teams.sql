-- corpus-expect: none
create table "teams" ("id" serial primary key, "name" varchar(255) not null, "owner_id" integer not null, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP);
alter table "teams" add constraint "teams_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;
create index "teams_owner_id_index" on "teams" ("owner_id");
create table "team_members" ("team_id" integer not null, "user_id" integer not null, "role" text check ("role" in ('member', 'admin')) not null default 'member', constraint "team_members_pkey" primary key ("team_id", "user_id"));
alter table "team_members" add constraint "team_members_team_id_foreign" foreign key ("team_id") references "teams" ("id") on delete cascade;
alter table "team_members" add constraint "team_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;
