import { PROTOCOL_VERSION, type GateConfigMessage } from '../adapters/gateProtocol.ts';
import { freshEm, T, type GatesDeps } from './deps.ts';

interface ConfigRow {
  id: string;
  venue_id: string;
  name: string;
  direction: string;
  beacons: { uuid: string; major: number; minor: number; txPower: number }[] | string;
  cameras: { id: string; streamUrl: string }[] | string;
}

/** Gates whose configuration one statement reads when all are republished after a reconnect. */
const REPUBLISH_BATCH = 500;

/**
 * Gate configurations as controllers receive them: a retained message on `<root>/gates/<id>/config` with the
 * gate's identity, direction, beacons, cameras and the heartbeat and telemetry intervals. Retained, so a controller
 * that restarts (or connects for the first time) gets its configuration from the broker at once; republished
 * by every replica after each (re)connection, so a broker that lost its retained messages is repaired.
 */
export function createGateConfigs(deps: GatesDeps) {
  const { config, logger } = deps;

  async function read(where: string, values: unknown[]): Promise<GateConfigMessage[]> {
    const rows = await freshEm(deps).execute<ConfigRow[]>(
      `select g.id, g.venue_id, g.name, g.direction,
         coalesce((select json_agg(json_build_object('uuid', b.uuid, 'major', b.major, 'minor', b.minor, 'txPower', b.tx_power) order by b.major, b.minor)
                   from ${T.beacon} b where b.gate_id = g.id), '[]'::json) as beacons,
         coalesce((select json_agg(json_build_object('id', c.id, 'streamUrl', c.stream_url) order by c.name)
                   from ${T.camera} c where c.gate_id = g.id), '[]'::json) as cameras
       from ${T.gate} g where ${where}`,
      values,
    );
    return rows.map((row) => ({
      v: PROTOCOL_VERSION,
      gateId: row.id,
      venueId: row.venue_id,
      name: row.name,
      direction: row.direction,
      heartbeatIntervalMs: config.GATES_HEARTBEAT_INTERVAL_MS,
      telemetryIntervalMs: config.GATES_TELEMETRY_INTERVAL_MS,
      beacons: typeof row.beacons === 'string' ? JSON.parse(row.beacons) : row.beacons,
      cameras: typeof row.cameras === 'string' ? JSON.parse(row.cameras) : row.cameras,
    }));
  }

  return {
    /** Publishes one gate's configuration; a broker outage is logged, the reconnect republishes it. */
    async push(gateId: string): Promise<void> {
      const [message] = await read('g.id = ?', [gateId]);
      if (!message) return;
      await deps.link.configure(gateId, message).catch((error: unknown) => logger.warn({ err: error, gateId }, 'gate configuration not published yet'));
    },

    async republishAll(): Promise<number> {
      let after = '00000000-0000-0000-0000-000000000000';
      let published = 0;
      for (;;) {
        const batch = await read(`g.id > ? order by g.id limit ${REPUBLISH_BATCH}`, [after]);
        for (const message of batch) await deps.link.configure(message.gateId, message);
        published += batch.length;
        if (batch.length < REPUBLISH_BATCH) return published;
        after = batch.at(-1)!.gateId;
      }
    },
  };
}

export type GateConfigs = ReturnType<typeof createGateConfigs>;
