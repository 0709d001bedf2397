import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011453_init extends Migration {

  override name = 'Migration20261202011453_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "gates";`);
    this.addSql(`create table "gates"."attendance" ("id" uuid not null, "event_id" uuid not null, "venue_id" uuid not null, "gate_id" uuid not null, "credential_kind" text not null, "credential_id" uuid not null, "direction" text not null, "method" text not null, "user_id" uuid not null, "checked_in_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attendance_event_time_index" on "gates"."attendance" ("event_id", "checked_in_at", "id");`);

    this.addSql(`create table "gates"."entry" ("participation_id" uuid not null, "event_id" uuid not null, "entry_number" varchar(32) not null, "customer_key" varchar(64) not null, "registered_at" timestamptz not null, primary key ("participation_id"));`);
    this.addSql(`alter table "gates"."entry" add constraint "entry_event_number_unique" unique ("event_id", "entry_number");`);

    this.addSql(`create table "gates"."presence" ("event_id" uuid not null, "credential_id" uuid not null, "credential_kind" text not null, "venue_id" uuid not null, "inside" boolean not null, "counted" boolean not null, "first_admitted_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("event_id", "credential_id"));`);
    this.addSql(`create index "presence_event_inside_index" on "gates"."presence" ("event_id", "inside");`);

    this.addSql(`create table "gates"."processed_domain_event" ("event_id" uuid not null, "type" varchar(64) not null, "occurred_at" timestamptz not null, "processed_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "gates"."ticket" ("id" uuid not null, "event_id" uuid not null, "label" varchar(100) not null, "issued_by" uuid not null, "issued_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "ticket_event_index" on "gates"."ticket" ("event_id", "issued_at");`);

    this.addSql(`create table "gates"."venue" ("id" uuid not null, "name" varchar(100) not null, "address" varchar(300) not null, "centre_lat" double precision not null, "centre_lng" double precision not null, "radius_meters" double precision not null, "capacity" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "gates"."venue" add constraint "venue_name_unique" unique ("name");`);

    this.addSql(`create table "gates"."occupancy_slot" ("venue_id" uuid not null, "slot" int not null, "occupancy" int not null default 0, "capacity" int not null, primary key ("venue_id", "slot"));`);

    this.addSql(`create table "gates"."gate" ("id" uuid not null, "venue_id" uuid not null, "name" varchar(100) not null, "position_lat" double precision null, "position_lng" double precision null, "position_label" varchar(100) null, "direction" text not null, "counts_occupancy" boolean not null default true, "range_meters" double precision not null, "state" text not null, "state_changed_at" timestamptz not null, "state_before_emergency" text null, "pending_command_id" uuid null, "last_heartbeat_at" timestamptz null, "door_open" boolean null, "battery_percent" int null, "battery_low" boolean not null default false, "tamper" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "gate_state_heartbeat_index" on "gates"."gate" ("state", "last_heartbeat_at");`);
    this.addSql(`alter table "gates"."gate" add constraint "gate_venue_name_unique" unique ("venue_id", "name");`);

    this.addSql(`create table "gates"."gate_command" ("id" uuid not null, "gate_id" uuid not null, "command" varchar(16) not null, "previous_state" text not null, "target_state" text not null, "issued_by" uuid null, "issued_at" timestamptz not null, "deadline_at" timestamptz not null, "status" text not null, "settled_at" timestamptz null, "detail" varchar(200) null, primary key ("id"));`);
    this.addSql(`create index "gate_command_gate_issued_index" on "gates"."gate_command" ("gate_id", "issued_at");`);
    this.addSql(`create index "gate_command_overdue_index" on "gates"."gate_command" ("deadline_at") where status = 'SENT';`);

    this.addSql(`create table "gates"."camera" ("id" uuid not null, "gate_id" uuid not null, "name" varchar(100) not null, "stream_url" text not null, "status" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "gates"."camera" add constraint "camera_gate_name_unique" unique ("gate_id", "name");`);

    this.addSql(`create table "gates"."beacon" ("id" uuid not null, "gate_id" uuid not null, "uuid" varchar(36) not null, "major" int not null, "minor" int not null, "tx_power" int not null, "battery_percent" int null, "battery_low" boolean not null default false, "last_seen_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "beacon_gate_index" on "gates"."beacon" ("gate_id");`);
    this.addSql(`alter table "gates"."beacon" add constraint "beacon_identity_unique" unique ("uuid", "major", "minor");`);

    this.addSql(`create table "gates"."event" ("id" uuid not null, "venue_id" uuid null, "assigned_by" uuid null, "assigned_at" timestamptz null, "owner_id" uuid null, "title" varchar(200) null, "starts_at" timestamptz null, "ends_at" timestamptz null, "published_at" timestamptz null, "ended_at" timestamptz null, "outcome" text null, primary key ("id"));`);
    this.addSql(`create index "event_venue_index" on "gates"."event" ("venue_id");`);

    this.addSql(`create table "gates"."emergency" ("id" uuid not null, "venue_id" uuid not null, "kind" text not null, "message" varchar(500) not null, "raised_by" uuid not null, "raised_at" timestamptz not null, "cleared_by" uuid null, "cleared_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create unique index "emergency_one_active_per_venue" on "gates"."emergency" ("venue_id") where cleared_at is null;`);

    this.addSql(`create table "gates"."alert_contact" ("id" uuid not null, "venue_id" uuid not null, "name" varchar(100) not null, "phone_ciphertext" text not null, "phone_index" varchar(64) not null, "masked_phone" varchar(20) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "gates"."alert_contact" add constraint "alert_contact_venue_phone_unique" unique ("venue_id", "phone_index");`);

    this.addSql(`create table "gates"."alert" ("id" uuid not null, "venue_id" uuid not null, "gate_id" uuid null, "kind" text not null, "subject" varchar(80) not null, "message" varchar(500) not null, "raised_at" timestamptz not null, "resolved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "alert_venue_open_index" on "gates"."alert" ("venue_id", "raised_at") where resolved_at is null;`);
    this.addSql(`create unique index "alert_one_open_per_subject" on "gates"."alert" ("kind", "subject") where resolved_at is null;`);

    this.addSql(`alter table "gates"."attendance" add constraint "attendance_credential_kind_check" check ("credential_kind" in ('PARTICIPANT', 'TICKET'));`);
    this.addSql(`alter table "gates"."attendance" add constraint "attendance_direction_check" check ("direction" in ('IN', 'OUT'));`);
    this.addSql(`alter table "gates"."attendance" add constraint "attendance_method_check" check ("method" in ('PROXIMITY', 'MANUAL'));`);

    this.addSql(`alter table "gates"."presence" add constraint "presence_credential_kind_check" check ("credential_kind" in ('PARTICIPANT', 'TICKET'));`);

    this.addSql(`alter table "gates"."occupancy_slot" add constraint "occupancy_slot_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."occupancy_slot" add constraint "occupancy_slot_within_capacity" check (occupancy >= 0 and occupancy <= capacity);`);

    this.addSql(`alter table "gates"."gate" add constraint "gate_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."gate" add constraint "gate_direction_check" check ("direction" in ('IN', 'OUT', 'BOTH'));`);
    this.addSql(`alter table "gates"."gate" add constraint "gate_state_check" check ("state" in ('CLOSED', 'OPEN', 'LOCKED', 'FAULT', 'OFFLINE', 'EMERGENCY_OPEN'));`);
    this.addSql(`alter table "gates"."gate" add constraint "gate_state_before_emergency_check" check ("state_before_emergency" in ('CLOSED', 'OPEN', 'LOCKED', 'FAULT', 'OFFLINE', 'EMERGENCY_OPEN'));`);

    this.addSql(`alter table "gates"."gate_command" add constraint "gate_command_gate_id_foreign" foreign key ("gate_id") references "gates"."gate" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."gate_command" add constraint "gate_command_previous_state_check" check ("previous_state" in ('CLOSED', 'OPEN', 'LOCKED', 'FAULT', 'OFFLINE', 'EMERGENCY_OPEN'));`);
    this.addSql(`alter table "gates"."gate_command" add constraint "gate_command_target_state_check" check ("target_state" in ('CLOSED', 'OPEN', 'LOCKED', 'FAULT', 'OFFLINE', 'EMERGENCY_OPEN'));`);
    this.addSql(`alter table "gates"."gate_command" add constraint "gate_command_status_check" check ("status" in ('SENT', 'ACKNOWLEDGED', 'REJECTED', 'TIMED_OUT', 'FAILED'));`);

    this.addSql(`alter table "gates"."camera" add constraint "camera_gate_id_foreign" foreign key ("gate_id") references "gates"."gate" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."camera" add constraint "camera_status_check" check ("status" in ('ONLINE', 'OFFLINE', 'UNKNOWN'));`);

    this.addSql(`alter table "gates"."beacon" add constraint "beacon_gate_id_foreign" foreign key ("gate_id") references "gates"."gate" ("id") on delete cascade;`);

    this.addSql(`alter table "gates"."event" add constraint "event_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete set null;`);
    this.addSql(`alter table "gates"."event" add constraint "event_outcome_check" check ("outcome" in ('ENDED', 'CANCELLED'));`);

    this.addSql(`alter table "gates"."emergency" add constraint "emergency_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."emergency" add constraint "emergency_kind_check" check ("kind" in ('FIRE', 'EVACUATION', 'MEDICAL', 'SECURITY', 'OTHER'));`);

    this.addSql(`alter table "gates"."alert_contact" add constraint "alert_contact_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete cascade;`);

    this.addSql(`alter table "gates"."alert" add constraint "alert_venue_id_foreign" foreign key ("venue_id") references "gates"."venue" ("id") on delete cascade;`);
    this.addSql(`alter table "gates"."alert" add constraint "alert_kind_check" check ("kind" in ('EMERGENCY', 'LOW_BATTERY', 'TAMPER', 'GATE_FAULT', 'GATE_OFFLINE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "gates"."occupancy_slot" drop constraint "occupancy_slot_venue_id_foreign";`);
    this.addSql(`alter table "gates"."gate" drop constraint "gate_venue_id_foreign";`);
    this.addSql(`alter table "gates"."event" drop constraint "event_venue_id_foreign";`);
    this.addSql(`alter table "gates"."emergency" drop constraint "emergency_venue_id_foreign";`);
    this.addSql(`alter table "gates"."alert_contact" drop constraint "alert_contact_venue_id_foreign";`);
    this.addSql(`alter table "gates"."alert" drop constraint "alert_venue_id_foreign";`);
    this.addSql(`alter table "gates"."gate_command" drop constraint "gate_command_gate_id_foreign";`);
    this.addSql(`alter table "gates"."camera" drop constraint "camera_gate_id_foreign";`);
    this.addSql(`alter table "gates"."beacon" drop constraint "beacon_gate_id_foreign";`);

    this.addSql(`drop table if exists "gates"."attendance" cascade;`);
    this.addSql(`drop table if exists "gates"."entry" cascade;`);
    this.addSql(`drop table if exists "gates"."presence" cascade;`);
    this.addSql(`drop table if exists "gates"."processed_domain_event" cascade;`);
    this.addSql(`drop table if exists "gates"."ticket" cascade;`);
    this.addSql(`drop table if exists "gates"."venue" cascade;`);
    this.addSql(`drop table if exists "gates"."occupancy_slot" cascade;`);
    this.addSql(`drop table if exists "gates"."gate" cascade;`);
    this.addSql(`drop table if exists "gates"."gate_command" cascade;`);
    this.addSql(`drop table if exists "gates"."camera" cascade;`);
    this.addSql(`drop table if exists "gates"."beacon" cascade;`);
    this.addSql(`drop table if exists "gates"."event" cascade;`);
    this.addSql(`drop table if exists "gates"."emergency" cascade;`);
    this.addSql(`drop table if exists "gates"."alert_contact" cascade;`);
    this.addSql(`drop table if exists "gates"."alert" cascade;`);

    this.addSql(`drop schema if exists "gates";`);
  }

}
