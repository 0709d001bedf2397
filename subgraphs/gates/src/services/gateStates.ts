import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEventPublisher } from '@attendgate/platform';
import type { GateState } from '../domain/gateStates.ts';
import { T } from './deps.ts';

export interface StateChange {
  gateId: string;
  venueId: string;
  from: GateState;
  to: GateState;
  reason: string;
}

/**
 * Moves a gate from one state to another inside the caller's transaction, only if it is still in `from`
 * (a conditional update: whoever changed it first wins, a stale decision changes nothing), and publishes
 * GateStateChanged in the same transaction. Returns the change, or null when the gate had moved on.
 */
export async function changeGateState(
  tx: EntityManager,
  events: DomainEventPublisher,
  change: { gateId: string; from: GateState; to: GateState; reason: string; clearPending?: boolean },
): Promise<StateChange | null> {
  const rows = await tx.execute<{ venue_id: string }[]>(
    `update ${T.gate} set state = ?, state_changed_at = clock_timestamp()${change.clearPending ? ', pending_command_id = null' : ''}
     where id = ? and state = ? returning venue_id`,
    [change.to, change.gateId, change.from],
  );
  const venueId = rows[0]?.venue_id;
  if (!venueId) return null;
  await publishStateChange(tx, events, { ...change, venueId });
  return { ...change, venueId };
}

export async function publishStateChange(tx: EntityManager, events: DomainEventPublisher, change: StateChange): Promise<void> {
  if (change.from === change.to) return;
  await events.publish(tx, 'GateStateChanged', {
    gateId: change.gateId,
    venueId: change.venueId,
    from: change.from,
    to: change.to,
    reason: change.reason,
    changedAt: new Date().toISOString(),
  });
}
