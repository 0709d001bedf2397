import { Migration } from '@mikro-orm/migrations';

/** CAMERA_OFFLINE alerts: a camera's gate controller reports it no longer streams. */
export class Migration20261202090000_cameraOfflineAlerts extends Migration {

  override name = 'Migration20261202090000_cameraOfflineAlerts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "gates"."alert" drop constraint "alert_kind_check";`);
    this.addSql(`alter table "gates"."alert" add constraint "alert_kind_check" check ("kind" in ('EMERGENCY', 'LOW_BATTERY', 'TAMPER', 'GATE_FAULT', 'GATE_OFFLINE', 'CAMERA_OFFLINE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "gates"."alert" where "kind" = 'CAMERA_OFFLINE';`);
    this.addSql(`alter table "gates"."alert" drop constraint "alert_kind_check";`);
    this.addSql(`alter table "gates"."alert" add constraint "alert_kind_check" check ("kind" in ('EMERGENCY', 'LOW_BATTERY', 'TAMPER', 'GATE_FAULT', 'GATE_OFFLINE'));`);
  }

}
