import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '@attendgate/platform';
import { SEND_ALERT_JOB, type SendAlertJob } from '../jobs/jobNames.ts';
import type { ALERT_KINDS } from '../entities/Alert.ts';
import { T } from './deps.ts';

export type AlertKind = (typeof ALERT_KINDS)[number];

export interface RaisedAlert {
  venueId: string;
  gateId?: string | null;
  kind: AlertKind;
  /** What it is about: `gate:<id>`, `beacon:<id>`, `camera:<id>`, `emergency:<id>`. */
  subject: string;
  message: string;
}

/**
 * Opens an alert inside the caller's transaction, unless one of the same kind is already open for the same
 * subject (the partial unique index decides, so concurrent readings raise one). A new alert's delivery to
 * operators is a job written in the same transaction: it exists if and only if the alert does, and it
 * retries until the messaging provider took it. Returns the alert's id, or null when one was already open.
 */
export async function raiseAlert(tx: EntityManager, queue: JobQueue, alert: RaisedAlert): Promise<string | null> {
  const rows = await tx.execute<{ id: string }[]>(
    `insert into ${T.alert} (id, venue_id, gate_id, kind, subject, message, raised_at) values (?, ?, ?, ?, ?, ?, clock_timestamp())
     on conflict (kind, subject) where resolved_at is null do nothing returning id`,
    [randomUUID(), alert.venueId, alert.gateId ?? null, alert.kind, alert.subject, alert.message.slice(0, 500)],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  await queue.sendInTransaction<SendAlertJob>(tx, SEND_ALERT_JOB, { alertId: id });
  return id;
}

/** Closes the open alert of this kind and subject, if any. Returns its venue when one was closed. */
export async function resolveAlert(tx: EntityManager, kind: AlertKind, subject: string): Promise<string | null> {
  const rows = await tx.execute<{ venue_id: string }[]>(
    `update ${T.alert} set resolved_at = clock_timestamp() where kind = ? and subject = ? and resolved_at is null returning venue_id`,
    [kind, subject],
  );
  return rows[0]?.venue_id ?? null;
}

export const gateSubject = (gateId: string) => `gate:${gateId}`;
export const beaconSubject = (beaconId: string) => `beacon:${beaconId}`;
export const cameraSubject = (cameraId: string) => `camera:${cameraId}`;
export const emergencySubject = (emergencyId: string) => `emergency:${emergencyId}`;
