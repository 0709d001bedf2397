import { Migration } from '@mikro-orm/migrations';

export class Migration20261202000731_init extends Migration {

  override name = 'Migration20261202000731_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "billing";`);
    this.addSql(`create table "billing"."bill_inquiry" ("id" uuid not null, "line_id" uuid not null, "requested_by" uuid not null, "requester_role" varchar(16) not null, "kind" text not null, "month" varchar(7) not null, "months" int not null, "source" text not null, "requested_at" timestamptz not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "bill_inquiry_line_id_requested_at_index" on "billing"."bill_inquiry" ("line_id", "requested_at", "id");`);

    this.addSql(`create table "billing"."event_owner" ("event_id" uuid not null, "owner_id" uuid not null, "stage" text not null, "title" varchar(200) null, "updated_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "billing"."line" ("id" uuid not null, "user_id" uuid not null, "phone_number" varchar(11) not null, "kos_subscriber_id" varchar(32) not null, "registered_by" uuid not null, "registered_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "line_user_id_registered_at_index" on "billing"."line" ("user_id", "registered_at", "id");`);
    this.addSql(`alter table "billing"."line" add constraint "line_phone_number_unique" unique ("phone_number");`);

    this.addSql(`create table "billing"."payment" ("id" uuid not null, "event_id" uuid not null, "owner_id" uuid not null, "amount_krw" int not null, "refunded_krw" int not null default 0, "refunding_krw" int not null default 0, "refund_count" int not null default 0, "method" text not null, "purpose" text not null, "status" text not null, "idempotency_key" varchar(100) not null, "gateway_payment_key" varchar(64) null, "approval_number" varchar(20) null, "decline_code" varchar(40) null, "decline_message" varchar(300) null, "requested_at" timestamptz not null, "approved_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "payment_event_id_requested_at_index" on "billing"."payment" ("event_id", "requested_at", "id");`);
    this.addSql(`create index "payment_owner_id_requested_at_index" on "billing"."payment" ("owner_id", "requested_at", "id");`);
    this.addSql(`create index "payment_approved_at_index" on "billing"."payment" ("approved_at");`);
    this.addSql(`alter table "billing"."payment" add constraint "payment_idempotency_unique" unique ("owner_id", "idempotency_key");`);

    this.addSql(`create table "billing"."processed_domain_event" ("event_id" uuid not null, "type" varchar(64) not null, "occurred_at" timestamptz not null, "processed_at" timestamptz not null, primary key ("event_id"));`);

    this.addSql(`create table "billing"."product_change_request" ("id" uuid not null, "line_id" uuid not null, "user_id" uuid not null, "requested_by" uuid not null, "idempotency_key" varchar(100) not null, "from_product_code" varchar(40) not null, "to_product_code" varchar(40) not null, "status" text not null, "kos_reference" varchar(40) null, "failure_code" varchar(40) null, "failure_message" varchar(300) null, "requested_at" timestamptz not null, "updated_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "product_change_request_line_id_requested_at_index" on "billing"."product_change_request" ("line_id", "requested_at", "id");`);
    this.addSql(`alter table "billing"."product_change_request" add constraint "product_change_request_idempotency_unique" unique ("requested_by", "idempotency_key");`);
    this.addSql(`create unique index "product_change_request_one_open_per_line" on "billing"."product_change_request" ("line_id") where status in ('REQUESTED', 'PENDING');`);

    this.addSql(`create table "billing"."refund" ("id" uuid not null, "payment_id" uuid not null, "amount_krw" int not null, "status" text not null, "reason" varchar(200) not null, "requested_by" uuid not null, "idempotency_key" varchar(100) null, "gateway_transaction_key" varchar(64) null, "failure_code" varchar(40) null, "failure_message" varchar(300) null, "requested_at" timestamptz not null, "completed_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "refund_payment_id_requested_at_index" on "billing"."refund" ("payment_id", "requested_at", "id");`);
    this.addSql(`create index "refund_completed_at_index" on "billing"."refund" ("completed_at");`);
    this.addSql(`alter table "billing"."refund" add constraint "refund_idempotency_unique" unique ("requested_by", "idempotency_key");`);

    this.addSql(`alter table "billing"."bill_inquiry" add constraint "bill_inquiry_kind_check" check ("kind" in ('BILL', 'BILL_HISTORY'));`);
    this.addSql(`alter table "billing"."bill_inquiry" add constraint "bill_inquiry_source_check" check ("source" in ('CACHE', 'KOS', 'STALE_CACHE', 'NOT_FOUND', 'UNAVAILABLE'));`);

    this.addSql(`alter table "billing"."event_owner" add constraint "event_owner_stage_check" check ("stage" in ('CREATED', 'PUBLISHED', 'ENDED', 'CANCELLED'));`);

    this.addSql(`alter table "billing"."payment" add constraint "payment_amount_positive" check (amount_krw > 0);`);
    this.addSql(`alter table "billing"."payment" add constraint "payment_refunds_within_amount" check (refunded_krw >= 0 and refunding_krw >= 0 and refunded_krw + refunding_krw <= amount_krw);`);
    this.addSql(`alter table "billing"."payment" add constraint "payment_method_check" check ("method" in ('CARD', 'BANK_TRANSFER', 'EASY_PAY'));`);
    this.addSql(`alter table "billing"."payment" add constraint "payment_purpose_check" check ("purpose" in ('CHANNEL_DISTRIBUTION', 'IMAGE_GENERATION', 'PRIZE_FULFILMENT'));`);
    this.addSql(`alter table "billing"."payment" add constraint "payment_status_check" check ("status" in ('REQUESTED', 'PENDING', 'APPROVED', 'DECLINED', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED'));`);

    this.addSql(`alter table "billing"."product_change_request" add constraint "product_change_request_status_check" check ("status" in ('REQUESTED', 'PENDING', 'COMPLETED', 'FAILED'));`);

    this.addSql(`alter table "billing"."refund" add constraint "refund_amount_positive" check (amount_krw > 0);`);
    this.addSql(`alter table "billing"."refund" add constraint "refund_status_check" check ("status" in ('REQUESTED', 'PENDING', 'COMPLETED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "billing"."bill_inquiry" cascade;`);
    this.addSql(`drop table if exists "billing"."event_owner" cascade;`);
    this.addSql(`drop table if exists "billing"."line" cascade;`);
    this.addSql(`drop table if exists "billing"."payment" cascade;`);
    this.addSql(`drop table if exists "billing"."processed_domain_event" cascade;`);
    this.addSql(`drop table if exists "billing"."product_change_request" cascade;`);
    this.addSql(`drop table if exists "billing"."refund" cascade;`);

    this.addSql(`drop schema if exists "billing";`);
  }

}
