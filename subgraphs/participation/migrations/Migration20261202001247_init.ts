import { Migration } from '@mikro-orm/migrations';

export class Migration20261202001247_init extends Migration {

  override name = 'Migration20261202001247_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "participation";`);
    this.addSql(`create table "participation"."event_facts" ("id" uuid not null, "owner_id" uuid not null, "status" text not null, "title" varchar(200) null, "prize_name" varchar(200) null, "channels" text[] not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "announces_at" timestamptz null, "published_event_at" timestamptz null, "ended_at" timestamptz null, "entry_sequence_reserved" int not null default 0, "drawn_at" timestamptz null, "seed_ciphertext" text not null, "seed_commitment" varchar(64) not null, "seed_committed_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "event_facts_owner_id_index" on "participation"."event_facts" ("owner_id");`);

    this.addSql(`create table "participation"."draw" ("id" uuid not null, "event_id" uuid not null, "drawn_by" uuid not null, "drawn_at" timestamptz not null, "algorithm_version" varchar(200) not null, "seed_hex" varchar(64) not null, "seed_commitment" varchar(64) not null, "seed_committed_at" timestamptz not null, "entrant_list_hash" varchar(64) not null, "entrant_count" int not null, "winner_count" int not null, "visit_bonus" boolean not null, "visitor_tickets" int not null, "winner_ids" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "participation"."draw" add constraint "draw_event_unique" unique ("event_id");`);

    this.addSql(`create table "participation"."participation" ("id" uuid not null, "event_id" uuid not null, "entry_sequence" int not null, "entry_number" varchar(24) not null, "name_ciphertext" text not null, "phone_ciphertext" text not null, "phone_index" varchar(64) not null, "masked_name" varchar(64) not null, "masked_phone" varchar(16) not null, "entry_path" text not null, "store_visited" boolean not null, "consented_at" timestamptz not null, "won" boolean not null default false, "registered_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "participation_event_registered_index" on "participation"."participation" ("event_id", "registered_at", "id");`);
    this.addSql(`alter table "participation"."participation" add constraint "participation_event_phone_unique" unique ("event_id", "phone_index");`);
    this.addSql(`alter table "participation"."participation" add constraint "participation_event_entry_sequence_unique" unique ("event_id", "entry_sequence");`);

    this.addSql(`create table "participation"."processed_domain_event" ("event_id" uuid not null, "type" varchar(64) not null, "occurred_at" timestamptz not null, "processed_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "participation"."winner" ("participation_id" uuid not null, "draw_id" uuid not null, "rank" int not null, "notification_status" text not null default 'PENDING', "notification_attempts" int not null default 0, "message_id" varchar(100) null, "notification_error" varchar(200) null, "notified_at" timestamptz null, primary key ("participation_id"));`);
    this.addSql(`alter table "participation"."winner" add constraint "winner_draw_rank_unique" unique ("draw_id", "rank");`);

    this.addSql(`alter table "participation"."event_facts" add constraint "event_facts_status_check" check ("status" in ('PUBLISHED', 'ENDED', 'CANCELLED'));`);
    this.addSql(`alter table "participation"."event_facts" add constraint "event_facts_channels_check" check ("channels" <@ array['LOCAL_TV'::text, 'GENIE_TV'::text, 'INSTAGRAM'::text, 'NAVER_BLOG'::text, 'KAKAO_CHANNEL'::text, 'RINGO_BIZ'::text]);`);

    this.addSql(`alter table "participation"."draw" add constraint "draw_event_id_foreign" foreign key ("event_id") references "participation"."event_facts" ("id") on delete cascade;`);

    this.addSql(`alter table "participation"."participation" add constraint "participation_event_id_foreign" foreign key ("event_id") references "participation"."event_facts" ("id") on delete cascade;`);
    this.addSql(`alter table "participation"."participation" add constraint "participation_entry_path_check" check ("entry_path" in ('LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'));`);

    this.addSql(`alter table "participation"."winner" add constraint "winner_participation_id_foreign" foreign key ("participation_id") references "participation"."participation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participation"."winner" add constraint "winner_draw_id_foreign" foreign key ("draw_id") references "participation"."draw" ("id") on delete cascade;`);
    this.addSql(`alter table "participation"."winner" add constraint "winner_notification_status_check" check ("notification_status" in ('PENDING', 'SENT', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "participation"."draw" drop constraint "draw_event_id_foreign";`);
    this.addSql(`alter table "participation"."participation" drop constraint "participation_event_id_foreign";`);
    this.addSql(`alter table "participation"."winner" drop constraint "winner_draw_id_foreign";`);
    this.addSql(`alter table "participation"."winner" drop constraint "winner_participation_id_foreign";`);

    this.addSql(`drop table if exists "participation"."event_facts" cascade;`);
    this.addSql(`drop table if exists "participation"."draw" cascade;`);
    this.addSql(`drop table if exists "participation"."participation" cascade;`);
    this.addSql(`drop table if exists "participation"."processed_domain_event" cascade;`);
    this.addSql(`drop table if exists "participation"."winner" cascade;`);

    this.addSql(`drop schema if exists "participation";`);
  }

}
