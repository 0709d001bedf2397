import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022605_init extends Migration {

  override name = 'Migration20261122022605_init';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "users";`);
    this.addSql(`create table "users"."user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(100) not null, "phone" varchar(11) not null, "password_hash" text not null, "role" text not null, "store_name" varchar(100) null, "store_category" varchar(50) null, "store_region" varchar(100) null, "business_number_ciphertext" text null, "business_number_index" varchar(64) null, "verification_status" text null, "verification_updated_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "user_verification_status_index" on "users"."user" ("verification_status");`);
    this.addSql(`alter table "users"."user" add constraint "user_email_unique" unique ("email");`);
    this.addSql(`alter table "users"."user" add constraint "user_phone_unique" unique ("phone");`);
    this.addSql(`alter table "users"."user" add constraint "user_business_number_index_unique" unique ("business_number_index");`);

    this.addSql(`create table "users"."session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(32) null, primary key ("id"));`);
    this.addSql(`create index "session_user_id_index" on "users"."session" ("user_id");`);

    this.addSql(`create table "users"."refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "refresh_token_session_id_index" on "users"."refresh_token" ("session_id");`);
    this.addSql(`alter table "users"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "users"."user" add constraint "user_role_check" check ("role" in ('OWNER', 'CUSTOMER', 'OPERATOR', 'ADMIN'));`);
    this.addSql(`alter table "users"."user" add constraint "user_verification_status_check" check ("verification_status" in ('PENDING', 'VERIFIED', 'REJECTED', 'PENDING_MANUAL_REVIEW'));`);

    this.addSql(`alter table "users"."session" add constraint "session_user_id_foreign" foreign key ("user_id") references "users"."user" ("id") on delete cascade;`);

    this.addSql(`alter table "users"."refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "users"."session" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "users"."session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "users"."refresh_token" drop constraint "refresh_token_session_id_foreign";`);

    this.addSql(`drop table if exists "users"."user" cascade;`);
    this.addSql(`drop table if exists "users"."session" cascade;`);
    this.addSql(`drop table if exists "users"."refresh_token" cascade;`);

    this.addSql(`drop schema if exists "users";`);
  }

}
