import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041524_init extends Migration {

  override name = 'Migration20261202041524_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "analytics";`);
    this.addSql(`create table "analytics"."channel_performance" ("event_id" uuid not null, "channel" text not null, "distribution" text not null default 'NOT_PLANNED', "external_post_id" varchar(200) null, "cost_krw" int not null default 0, "error_code" varchar(100) null, "distributed_at" timestamptz null, "participants" int not null default 0, "views" int null, "reach" int null, "stats_collected_at" timestamptz null, "stats_attempted_at" timestamptz null, "stats_stale" boolean not null default false, "stats_error" varchar(100) null, primary key ("event_id", "channel"));`);
    this.addSql(`create index "channel_performance_stats_due_index" on "analytics"."channel_performance" ("distribution", "stats_attempted_at");`);

    this.addSql(`create table "analytics"."entry_bucket" ("event_id" uuid not null, "hour_start" timestamptz not null, "participants" int not null default 0, primary key ("event_id", "hour_start"));`);

    this.addSql(`create table "analytics"."event_entry" ("participation_id" uuid not null, "event_id" uuid not null, "customer_key" varchar(128) not null, "channel" text not null, "store_visited" boolean not null, "registered_at" timestamptz not null, primary key ("participation_id"));`);
    this.addSql(`create index "event_entry_event_id_index" on "analytics"."event_entry" ("event_id", "customer_key");`);
    this.addSql(`create index "event_entry_customer_key_index" on "analytics"."event_entry" ("customer_key", "registered_at");`);

    this.addSql(`create table "analytics"."event_summary" ("event_id" uuid not null, "owner_id" uuid null, "title" varchar(200) null, "purpose" text null, "status" text not null default 'UNKNOWN', "facts_at" timestamptz null, "starts_at" timestamptz null, "ends_at" timestamptz null, "prize_cost_krw" int not null default 0, "created_at" timestamptz null, "published_at" timestamptz null, "ended_at" timestamptz null, "participants" int not null default 0, "store_visits" int not null default 0, "winners" int not null default 0, "check_ins" int not null default 0, "last_fact_at" timestamptz null, "version" int not null default 0, "updated_at" timestamptz not null, primary key ("event_id"));`);
    this.addSql(`create index "event_summary_owner_id_index" on "analytics"."event_summary" ("owner_id");`);

    this.addSql(`create table "analytics"."processed_domain_event" ("event_id" uuid not null, "type" varchar(64) not null, "occurred_at" timestamptz not null, "processed_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`alter table "analytics"."channel_performance" add constraint "channel_performance_channel_check" check ("channel" in ('LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'));`);
    this.addSql(`alter table "analytics"."channel_performance" add constraint "channel_performance_distribution_check" check ("distribution" in ('NOT_PLANNED', 'PLANNED', 'PUBLISHED', 'FAILED'));`);

    this.addSql(`alter table "analytics"."event_entry" add constraint "event_entry_channel_check" check ("channel" in ('LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'));`);

    this.addSql(`alter table "analytics"."event_summary" add constraint "event_summary_purpose_check" check ("purpose" in ('NEW_CUSTOMERS', 'REVISIT', 'SALES_BOOST', 'AWARENESS', 'NEW_PRODUCT', 'SEASONAL'));`);
    this.addSql(`alter table "analytics"."event_summary" add constraint "event_summary_status_check" check ("status" in ('UNKNOWN', 'DRAFT', 'PUBLISHED', 'ENDED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."channel_performance" cascade;`);
    this.addSql(`drop table if exists "analytics"."entry_bucket" cascade;`);
    this.addSql(`drop table if exists "analytics"."event_entry" cascade;`);
    this.addSql(`drop table if exists "analytics"."event_summary" cascade;`);
    this.addSql(`drop table if exists "analytics"."processed_domain_event" cascade;`);

    this.addSql(`drop schema if exists "analytics";`);
  }

}
