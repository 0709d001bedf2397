import type { EntityManager } from '@mikro-orm/postgresql';
import type { HeartbeatMessage, TelemetryMessage } from '../adapters/gateProtocol.ts';
import { batteryChange, type BatteryThresholds } from '../domain/battery.ts';
import type { GateState } from '../domain/gateStates.ts';
import { beaconSubject, cameraSubject, gateSubject, raiseAlert, resolveAlert } from './alerts.ts';
import { freshEm, T, type GatesDeps } from './deps.ts';
import type { GateCommands } from './gateCommands.ts';
import { changeGateState } from './gateStates.ts';

/**
 * What gate controllers report: heartbeats (the gate is alive, and in which state its controller sees it)
 * and sensor readings (door, battery, tamper, and the batteries of the gate's beacons).
 *
 * Heartbeat times are the database's clock at arrival, never the controller's (controllers' clocks drift),
 * and the monitor compares them with the same clock.
 */
export function createTelemetry(deps: GatesDeps, commands: GateCommands) {
  const { config, events } = deps;
  const thresholds: BatteryThresholds = { lowPercent: config.GATES_LOW_BATTERY_PERCENT, recoveryMarginPercent: config.GATES_BATTERY_RECOVERY_MARGIN_PERCENT };

  /**
   * A heartbeat. An OFFLINE gate that reports again takes the state its controller reports (the hardware is
   * the truth after an outage), its GATE_OFFLINE alert is resolved, and if its venue is in an emergency it is
   * told to open at once.
   */
  async function heartbeat(gateId: string, message: HeartbeatMessage): Promise<void> {
    const result = await freshEm(deps).transactional(async (tx) => {
      const [gate] = await tx.execute<{ venue_id: string; state: GateState; emergency: boolean }[]>(
        `update ${T.gate} g set last_heartbeat_at = clock_timestamp() where id = ?
         returning venue_id, state, exists (select 1 from ${T.emergency} e where e.venue_id = g.venue_id and e.cleared_at is null) as emergency`,
        [gateId],
      );
      if (!gate || gate.state !== 'OFFLINE') return null;
      const change = await changeGateState(tx, events, { gateId, from: 'OFFLINE', to: message.state, reason: 'HEARTBEAT_RESTORED' });
      if (!change) return null;
      await resolveAlert(tx, 'GATE_OFFLINE', gateSubject(gateId));
      if (!gate.emergency || message.state === 'EMERGENCY_OPEN') return { change, reopen: null };
      // The venue went into an emergency while this gate was away: it opens now, like the others did.
      await tx.execute(`update ${T.gate} set state_before_emergency = coalesce(state_before_emergency, state) where id = ?`, [gateId]);
      const reopen = await commands.record(tx, gateId, 'EMERGENCY_OPEN', message.state, 'EMERGENCY_OPEN', null);
      await tx.execute(`update ${T.gate} set pending_command_id = ? where id = ?`, [reopen.id, gateId]);
      await changeGateState(tx, events, { gateId, from: message.state, to: 'EMERGENCY_OPEN', reason: 'EMERGENCY' });
      return { change, reopen };
    });
    if (!result) return;
    deps.live.changed(result.change.venueId, 'GATE_STATE', gateId);
    if (result.reopen) await commands.dispatch([result.reopen]);
  }

  /** Sensor readings: the gate's columns, battery and tamper alerts, its beacons' batteries and its cameras. */
  async function telemetry(gateId: string, message: TelemetryMessage): Promise<void> {
    const outcome = await freshEm(deps).transactional(async (tx) => {
      let alerted = false;
      const [gate] = await tx.execute<{ venue_id: string; battery_low: boolean; tamper: boolean; name: string }[]>(
        `select venue_id, battery_low, tamper, name from ${T.gate} where id = ? for update`,
        [gateId],
      );
      if (!gate) return null;
      const battery = message.battery === undefined ? 'UNCHANGED' : batteryChange(gate.battery_low, message.battery, thresholds);
      const batteryLow = battery === 'BECAME_LOW' ? true : battery === 'RECOVERED' ? false : gate.battery_low;
      const tamper = message.tamper ?? gate.tamper;
      await tx.execute(
        `update ${T.gate} set door_open = coalesce(?, door_open), battery_percent = coalesce(?, battery_percent), battery_low = ?, tamper = ? where id = ?`,
        [message.door === undefined ? null : message.door === 'OPEN', message.battery ?? null, batteryLow, tamper, gateId],
      );
      const subject = gateSubject(gateId);
      if (battery === 'BECAME_LOW') {
        alerted = (await raiseAlert(tx, deps.queue, { venueId: gate.venue_id, gateId, kind: 'LOW_BATTERY', subject, message: `Gate ${gate.name}: controller battery at ${message.battery}%.` })) !== null || alerted;
      } else if (battery === 'RECOVERED') {
        alerted = (await resolveAlert(tx, 'LOW_BATTERY', subject)) !== null || alerted;
      }
      if (tamper && !gate.tamper) {
        alerted = (await raiseAlert(tx, deps.queue, { venueId: gate.venue_id, gateId, kind: 'TAMPER', subject, message: `Gate ${gate.name}: the controller reports tampering.` })) !== null || alerted;
      } else if (!tamper && gate.tamper) {
        alerted = (await resolveAlert(tx, 'TAMPER', subject)) !== null || alerted;
      }
      for (const reading of message.beacons ?? []) alerted = (await beaconBattery(tx, gate.venue_id, gateId, reading)) || alerted;
      if (message.cameras?.length) alerted = (await cameraStatuses(tx, gate.venue_id, gateId, gate.name, message.cameras)) || alerted;
      return { venueId: gate.venue_id, alerted };
    });
    // Alerts go to dashboards at once; plain readings are coalesced.
    if (outcome) deps.live.changed(outcome.venueId, outcome.alerted ? 'ALERT' : 'TELEMETRY', gateId);
  }

  async function beaconBattery(
    tx: EntityManager,
    venueId: string,
    gateId: string,
    reading: NonNullable<TelemetryMessage['beacons']>[number],
  ): Promise<boolean> {
    const [beacon] = await tx.execute<{ id: string; battery_low: boolean }[]>(
      `select id, battery_low from ${T.beacon} where gate_id = ? and uuid = ? and major = ? and minor = ? for update`,
      [gateId, reading.uuid.toLowerCase(), reading.major, reading.minor],
    );
    if (!beacon) return false;
    const change = batteryChange(beacon.battery_low, reading.battery, thresholds);
    const low = change === 'BECAME_LOW' ? true : change === 'RECOVERED' ? false : beacon.battery_low;
    await tx.execute(`update ${T.beacon} set battery_percent = ?, battery_low = ?, last_seen_at = clock_timestamp(), updated_at = clock_timestamp() where id = ?`, [reading.battery, low, beacon.id]);
    if (change === 'BECAME_LOW') {
      return (await raiseAlert(tx, deps.queue, {
        venueId, gateId, kind: 'LOW_BATTERY', subject: beaconSubject(beacon.id),
        message: `Beacon ${reading.major}/${reading.minor}: battery at ${reading.battery}%.`,
      })) !== null;
    }
    if (change === 'RECOVERED') return (await resolveAlert(tx, 'LOW_BATTERY', beaconSubject(beacon.id))) !== null;
    return false;
  }

  /**
   * The cameras' statuses as the gate's controller sees them, in one statement (only cameras of this gate: a
   * controller cannot report on another gate's). A camera that stops streaming raises CAMERA_OFFLINE; one
   * that streams again resolves it. Returns whether an alert opened or closed.
   */
  async function cameraStatuses(
    tx: EntityManager,
    venueId: string,
    gateId: string,
    gateName: string,
    readings: NonNullable<TelemetryMessage['cameras']>,
  ): Promise<boolean> {
    const changed = await tx.execute<{ id: string; name: string; status: 'ONLINE' | 'OFFLINE' }[]>(
      `with reported as (
         select id, case when online then 'ONLINE' else 'OFFLINE' end as status from json_to_recordset(?::json) as r(id uuid, online boolean)
       )
       update ${T.camera} c set status = reported.status from reported
       where c.id = reported.id and c.gate_id = ? and c.status <> reported.status
       returning c.id, c.name, c.status`,
      [JSON.stringify(readings), gateId],
    );
    let alerted = false;
    for (const camera of changed) {
      if (camera.status === 'OFFLINE') {
        const message = `Gate ${gateName}: camera ${camera.name} stopped streaming.`;
        alerted = (await raiseAlert(tx, deps.queue, { venueId, gateId, kind: 'CAMERA_OFFLINE', subject: cameraSubject(camera.id), message })) !== null || alerted;
      } else {
        alerted = (await resolveAlert(tx, 'CAMERA_OFFLINE', cameraSubject(camera.id))) !== null || alerted;
      }
    }
    return alerted;
  }

  /**
   * The monitor's part: every gate whose last heartbeat (or, never heard, its registration) is older than the
   * timeout goes OFFLINE, with GateStateChanged and a GATE_OFFLINE alert. `skip locked` lets replicas share
   * the sweep; the conditional update lets only one of them move each gate.
   */
  async function markSilentGatesOffline(): Promise<number> {
    const changes = await freshEm(deps).transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; venue_id: string; name: string; old_state: GateState }[]>(
        `update ${T.gate} g set state = 'OFFLINE', state_changed_at = clock_timestamp(), pending_command_id = null
         from (select id, state as old_state from ${T.gate}
               where state <> 'OFFLINE' and coalesce(last_heartbeat_at, created_at) < clock_timestamp() - (? * interval '1 millisecond')
               for update skip locked) silent
         where g.id = silent.id returning g.id, g.venue_id, g.name, silent.old_state`,
        [config.GATES_HEARTBEAT_TIMEOUT_MS],
      );
      for (const gate of rows) {
        await tx.execute(`update ${T.command} set status = 'TIMED_OUT', settled_at = clock_timestamp(), detail = 'the gate went offline' where gate_id = ? and status = 'SENT'`, [gate.id]);
        await events.publish(tx, 'GateStateChanged', { gateId: gate.id, venueId: gate.venue_id, from: gate.old_state, to: 'OFFLINE', reason: 'HEARTBEAT_LOST', changedAt: new Date().toISOString() });
        await raiseAlert(tx, deps.queue, { venueId: gate.venue_id, gateId: gate.id, kind: 'GATE_OFFLINE', subject: gateSubject(gate.id), message: `Gate ${gate.name} stopped reporting (no heartbeat).` });
      }
      return rows;
    });
    for (const gate of changes) deps.live.changed(gate.venue_id, 'GATE_STATE', gate.id);
    return changes.length;
  }

  return { heartbeat, telemetry, markSilentGatesOffline };
}

export type Telemetry = ReturnType<typeof createTelemetry>;
