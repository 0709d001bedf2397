import { Migration } from '@mikro-orm/migrations';

export class Migration20261202000613_init extends Migration {

  override name = 'Migration20261202000613_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "events";`);
    this.addSql(`create table "events"."ai_plan_answer" ("input_hash" varchar(64) not null, "plans" jsonb not null, "model" varchar(100) not null, "updated_at" timestamptz not null, primary key ("input_hash"));`);

    this.addSql(`create table "events"."channel_distribution" ("id" uuid not null, "event_id" uuid not null, "channel" text not null, "status" text not null, "external_post_id" varchar(200) null, "cost_krw" int not null, "attempts" int not null, "error_code" varchar(64) null, "error_message" varchar(500) null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "events"."channel_distribution" add constraint "channel_distribution_event_channel_unique" unique ("event_id", "channel");`);

    this.addSql(`create table "events"."event" ("id" uuid not null, "owner_id" uuid not null, "purpose" text not null, "status" text not null, "store_name" varchar(100) not null, "store_category" varchar(50) not null, "store_region" varchar(100) not null, "title" varchar(60) null, "description" text null, "prize_name" varchar(60) null, "prize_quantity" int null, "prize_unit_value_krw" int null, "starts_at" timestamptz null, "ends_at" timestamptz null, "announces_at" timestamptz null, "participation_method" text null, "chosen_recommendation_id" uuid null, "channels" text[] null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "published_at" timestamptz null, "ended_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "event_owner_created_index" on "events"."event" ("owner_id", "created_at", "id");`);

    this.addSql(`create table "events"."event_image" ("id" uuid not null, "event_id" uuid not null, "platform" text not null, "style" text not null, "source" text not null, "width" int not null, "height" int not null, "byte_size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "job_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "events"."event_image" add constraint "event_image_event_platform_unique" unique ("event_id", "platform");`);

    this.addSql(`create table "events"."job" ("id" uuid not null, "event_id" uuid not null, "owner_id" uuid not null, "kind" text not null, "dedupe_key" varchar(64) not null, "status" text not null, "progress" int not null, "attempts" int not null, "max_attempts" int not null, "error_code" varchar(64) null, "error_message" varchar(500) null, "params" jsonb not null, "result" jsonb null, "next_retry_at" timestamptz null, "delivery_id" uuid null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_event_created_index" on "events"."job" ("event_id", "created_at", "id");`);
    this.addSql(`create index "job_status_index" on "events"."job" ("status", "updated_at");`);
    // One active job per event and kind of work: a double click, or two racing requests, cannot start the
    // same work twice. Partial, so finished jobs do not count (hand-written: entities cannot say "where").
    this.addSql(`create unique index "job_active_unique" on "events"."job" ("event_id", "dedupe_key") where "status" in ('QUEUED', 'RUNNING', 'FAILED');`);

    this.addSql(`create table "events"."recommendation" ("id" uuid not null, "event_id" uuid not null, "job_id" uuid not null, "position" int not null, "title" varchar(60) not null, "description" text not null, "prize_name" varchar(60) not null, "prize_quantity" int not null, "prize_unit_value_krw" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "announces_at" timestamptz null, "participation_method" text not null, "effect_summary" varchar(500) not null, "estimated_participants" int null, "estimated_cost_krw" int null, "from_fallback" boolean not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recommendation_event_index" on "events"."recommendation" ("event_id", "created_at");`);
    this.addSql(`alter table "events"."recommendation" add constraint "recommendation_job_position_unique" unique ("job_id", "position");`);

    this.addSql(`alter table "events"."channel_distribution" add constraint "channel_distribution_channel_check" check ("channel" in ('LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'));`);
    this.addSql(`alter table "events"."channel_distribution" add constraint "channel_distribution_status_check" check ("status" in ('PENDING', 'PUBLISHED', 'FAILED'));`);

    this.addSql(`alter table "events"."event" add constraint "event_purpose_check" check ("purpose" in ('NEW_CUSTOMERS', 'REVISIT', 'SALES_BOOST', 'AWARENESS', 'NEW_PRODUCT', 'SEASONAL'));`);
    this.addSql(`alter table "events"."event" add constraint "event_status_check" check ("status" in ('DRAFT', 'RECOMMENDING', 'READY', 'PUBLISHED', 'ENDED', 'CANCELLED'));`);
    this.addSql(`alter table "events"."event" add constraint "event_participation_method_check" check ("participation_method" in ('ENTRY_FORM', 'STORE_VISIT', 'SNS_FOLLOW', 'REVIEW', 'RECEIPT'));`);

    this.addSql(`alter table "events"."event_image" add constraint "event_image_platform_check" check ("platform" in ('INSTAGRAM_SQUARE', 'INSTAGRAM_STORY', 'BLOG_BANNER', 'KAKAO_FEED', 'TV_SCREEN'));`);
    this.addSql(`alter table "events"."event_image" add constraint "event_image_style_check" check ("style" in ('SIMPLE', 'VIBRANT', 'TRENDY'));`);
    this.addSql(`alter table "events"."event_image" add constraint "event_image_source_check" check ("source" in ('GENERATED', 'TEMPLATE'));`);

    this.addSql(`alter table "events"."job" add constraint "job_kind_check" check ("kind" in ('AI_RECOMMENDATION', 'IMAGE_GENERATION', 'DISTRIBUTION'));`);
    this.addSql(`alter table "events"."job" add constraint "job_status_check" check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'DEAD'));`);

    this.addSql(`alter table "events"."recommendation" add constraint "recommendation_participation_method_check" check ("participation_method" in ('ENTRY_FORM', 'STORE_VISIT', 'SNS_FOLLOW', 'REVIEW', 'RECEIPT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "events"."ai_plan_answer" cascade;`);
    this.addSql(`drop table if exists "events"."channel_distribution" cascade;`);
    this.addSql(`drop table if exists "events"."event" cascade;`);
    this.addSql(`drop table if exists "events"."event_image" cascade;`);
    this.addSql(`drop table if exists "events"."job" cascade;`);
    this.addSql(`drop table if exists "events"."recommendation" cascade;`);

    this.addSql(`drop schema if exists "events";`);
  }

}
