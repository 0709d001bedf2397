import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041613_init extends Migration {

  override name = 'Migration20261202041613_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "integrations";`);
    this.addSql(`create table "integrations"."audience_member" ("id" uuid not null, "integration_id" uuid not null, "external_id" varchar(200) not null, "record_ciphertext" text not null, "marketing_consent" boolean null, "first_synced_at" timestamptz not null, "last_synced_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audience_member_integration_id_first_synced_at_index" on "integrations"."audience_member" ("integration_id", "first_synced_at", "id");`);
    this.addSql(`alter table "integrations"."audience_member" add constraint "audience_member_integration_external_unique" unique ("integration_id", "external_id");`);

    this.addSql(`create table "integrations"."delivery" ("id" uuid not null, "integration_id" uuid not null, "domain_event_id" uuid not null, "event_type" varchar(64) not null, "occurred_at" timestamptz not null, "payload" jsonb not null, "status" text not null, "attempts" int not null default 0, "last_error_code" varchar(40) null, "last_error_message" varchar(300) null, "created_at" timestamptz not null, "delivered_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "delivery_integration_id_status_created_at_index" on "integrations"."delivery" ("integration_id", "status", "created_at", "id");`);
    this.addSql(`alter table "integrations"."delivery" add constraint "delivery_integration_event_unique" unique ("integration_id", "domain_event_id");`);

    this.addSql(`create table "integrations"."event_owner" ("event_id" uuid not null, "owner_id" uuid not null, "recorded_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "integrations"."integration" ("id" uuid not null, "owner_id" uuid not null, "platform_wide" boolean not null default false, "type" text not null, "name" varchar(100) not null, "base_url" varchar(500) not null, "dialect" text not null, "auth_kind" text not null, "auth_hint" varchar(200) null, "credentials_ciphertext" text not null, "direction" text not null, "subscribed_events" text[] not null default '{}', "mapping_rules" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_tested_at" timestamptz null, "last_test_code" varchar(40) null, "removed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "integration_owner_id_created_at_index" on "integrations"."integration" ("owner_id", "created_at", "id");`);
    this.addSql(`create unique index "integration_owner_name_unique" on "integrations"."integration" ("owner_id", "name") where removed_at is null;`);

    this.addSql(`create table "integrations"."processed_domain_event" ("event_id" uuid not null, "type" varchar(64) not null, "occurred_at" timestamptz not null, "processed_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "integrations"."sync_job" ("integration_id" uuid not null, "schedule" varchar(100) null, "status" text not null, "cursor" text null, "next_run_at" timestamptz null, "last_run_at" timestamptz null, "last_run_status" varchar(16) null, "running_run_id" uuid null, "locked_until" timestamptz null, "updated_at" timestamptz not null, primary key ("integration_id"));`);
    this.addSql(`create index "sync_job_next_run_at_index" on "integrations"."sync_job" ("next_run_at");`);

    this.addSql(`create table "integrations"."sync_run" ("id" uuid not null, "integration_id" uuid not null, "trigger" text not null, "status" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "records_read" int not null default 0, "records_written" int not null default 0, "records_failed" int not null default 0, "error_summary" text null, "error_code" varchar(40) null, primary key ("id"));`);
    this.addSql(`create index "sync_run_integration_id_started_at_index" on "integrations"."sync_run" ("integration_id", "started_at", "id");`);
    this.addSql(`create unique index "sync_run_one_running_per_integration" on "integrations"."sync_run" ("integration_id") where status = 'RUNNING';`);

    this.addSql(`alter table "integrations"."delivery" add constraint "delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'DEAD', 'SKIPPED'));`);

    this.addSql(`alter table "integrations"."integration" add constraint "integration_type_check" check ("type" in ('CRM', 'ERP', 'LMS', 'MARKETING'));`);
    this.addSql(`alter table "integrations"."integration" add constraint "integration_dialect_check" check ("dialect" in ('NATIVE', 'WEBHOOK'));`);
    this.addSql(`alter table "integrations"."integration" add constraint "integration_auth_kind_check" check ("auth_kind" in ('API_KEY', 'OAUTH2_CLIENT_CREDENTIALS', 'BASIC'));`);
    this.addSql(`alter table "integrations"."integration" add constraint "integration_direction_check" check ("direction" in ('PUSH', 'PULL', 'BOTH'));`);

    this.addSql(`alter table "integrations"."sync_job" add constraint "sync_job_status_check" check ("status" in ('IDLE', 'RUNNING', 'FAILED', 'DISABLED'));`);

    this.addSql(`alter table "integrations"."sync_run" add constraint "sync_run_trigger_check" check ("trigger" in ('SCHEDULE', 'MANUAL'));`);
    this.addSql(`alter table "integrations"."sync_run" add constraint "sync_run_status_check" check ("status" in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "integrations"."audience_member" cascade;`);
    this.addSql(`drop table if exists "integrations"."delivery" cascade;`);
    this.addSql(`drop table if exists "integrations"."event_owner" cascade;`);
    this.addSql(`drop table if exists "integrations"."integration" cascade;`);
    this.addSql(`drop table if exists "integrations"."processed_domain_event" cascade;`);
    this.addSql(`drop table if exists "integrations"."sync_job" cascade;`);
    this.addSql(`drop table if exists "integrations"."sync_run" cascade;`);

    this.addSql(`drop schema if exists "integrations";`);
  }

}
