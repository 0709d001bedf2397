import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '@attendgate/platform';
import { cleanText } from '../domain/inputs.ts';
import type { GateState } from '../domain/gateStates.ts';
import { commandReaching, stateAfterEmergency } from '../domain/gateStateMachine.ts';
import { emergencySubject, raiseAlert, resolveAlert } from './alerts.ts';
import { isUuid, T, uuidArray, type GatesDeps } from './deps.ts';
import type { DispatchedCommand, GateCommands } from './gateCommands.ts';
import { publishStateChange } from './gateStates.ts';

export type EmergencyKind = 'FIRE' | 'EVACUATION' | 'MEDICAL' | 'SECURITY' | 'OTHER';

/** Longest emergency message (it goes into push notifications and SMS as it is). */
export const EMERGENCY_MESSAGE_MAX_LENGTH = 500;

/**
 * Venue emergencies. Raising one sets every reachable gate of the venue EMERGENCY_OPEN in one transaction
 * (one UPDATE for all of them, with the emergency row, the command rows, GateStateChanged per gate,
 * EmergencyRaised and the operators' alert), then publishes every gate's EMERGENCY_OPEN command at once.
 * OFFLINE gates keep their state (nothing would hear the command) and open as soon as their heartbeat
 * returns (telemetry.ts). Controllers that do not confirm turn FAULT like for any command, with an alert.
 *
 * Clearing restores each EMERGENCY_OPEN gate to the state it had before (open, closed or locked; anything
 * else becomes closed) with the command that reaches it.
 */
export function createEmergencies(deps: GatesDeps, commands: GateCommands) {
  const { events } = deps;

  return {
    async raise(em: EntityManager, operatorId: string, venueId: string, kind: EmergencyKind, rawMessage: string): Promise<string> {
      const message = cleanText(rawMessage);
      if (!message) throw AppError.badInput('Say what is happening.', 'message');
      if ([...message].length > EMERGENCY_MESSAGE_MAX_LENGTH) throw AppError.badInput(`At most ${EMERGENCY_MESSAGE_MAX_LENGTH} characters.`, 'message');
      if (!isUuid(venueId)) throw AppError.notFound('The venue');
      const { emergencyId, dispatched } = await em.transactional(async (tx) => {
        const [venue] = await tx.execute<{ name: string }[]>(`select name from ${T.venue} where id = ? for update`, [venueId]);
        if (!venue) throw AppError.notFound('The venue');
        const id = randomUUID();
        const inserted = await tx.execute<{ id: string }[]>(
          `insert into ${T.emergency} (id, venue_id, kind, message, raised_by, raised_at) values (?, ?, ?, ?, ?, clock_timestamp())
           on conflict (venue_id) where cleared_at is null do nothing returning id`,
          [id, venueId, kind, message, operatorId],
        );
        if (!inserted.length) throw AppError.conflict('An emergency is already active at this venue.');
        const gates = await tx.execute<{ id: string; old_state: GateState }[]>(
          `update ${T.gate} g set state_before_emergency = old.old_state, state = 'EMERGENCY_OPEN', state_changed_at = clock_timestamp()
           from (select id, state as old_state from ${T.gate} where venue_id = ? and state <> 'OFFLINE' for update) old
           where g.id = old.id returning g.id, old.old_state`,
          [venueId],
        );
        await tx.execute(`update ${T.gate} set state_before_emergency = state where venue_id = ? and state = 'OFFLINE'`, [venueId]);
        const sent: DispatchedCommand[] = [];
        for (const gate of gates) {
          const command = await commands.record(tx, gate.id, 'EMERGENCY_OPEN', gate.old_state, 'EMERGENCY_OPEN', operatorId);
          sent.push(command);
          await publishStateChange(tx, events, { gateId: gate.id, venueId, from: gate.old_state, to: 'EMERGENCY_OPEN', reason: `EMERGENCY:${kind}` });
        }
        await setPending(tx, sent);
        await events.publish(tx, 'EmergencyRaised', { emergencyId: id, venueId, kind, message, raisedAt: new Date().toISOString() });
        await raiseAlert(tx, deps.queue, { venueId, kind: 'EMERGENCY', subject: emergencySubject(id), message: `[${kind}] ${venue.name}: ${message}` });
        return { emergencyId: id, dispatched: sent };
      });
      deps.live.changed(venueId, 'EMERGENCY');
      await commands.dispatch(dispatched);
      return emergencyId;
    },

    async clear(em: EntityManager, operatorId: string, venueId: string): Promise<string> {
      if (!isUuid(venueId)) throw AppError.notFound('The venue');
      const { emergencyId, dispatched } = await em.transactional(async (tx) => {
        const [emergency] = await tx.execute<{ id: string }[]>(
          `update ${T.emergency} set cleared_at = clock_timestamp(), cleared_by = ? where venue_id = ? and cleared_at is null returning id`,
          [operatorId, venueId],
        );
        if (!emergency) {
          const [venue] = await tx.execute<{ id: string }[]>(`select id from ${T.venue} where id = ?`, [venueId]);
          if (!venue) throw AppError.notFound('The venue');
          throw new AppError(ErrorCode.INVALID_STATE, 'There is no active emergency at this venue.', { state: 'NO_EMERGENCY' });
        }
        const gates = await tx.execute<{ id: string; before: GateState | null }[]>(
          `select id, state_before_emergency as before from ${T.gate} where venue_id = ? and state = 'EMERGENCY_OPEN' for update`,
          [venueId],
        );
        const sent: DispatchedCommand[] = [];
        for (const gate of gates) {
          const target = stateAfterEmergency(gate.before);
          await tx.execute(`update ${T.gate} set state = ?, state_changed_at = clock_timestamp() where id = ?`, [target, gate.id]);
          sent.push(await commands.record(tx, gate.id, commandReaching(target), 'EMERGENCY_OPEN', target, operatorId));
          await publishStateChange(tx, events, { gateId: gate.id, venueId, from: 'EMERGENCY_OPEN', to: target, reason: 'EMERGENCY_CLEARED' });
        }
        await setPending(tx, sent);
        await tx.execute(`update ${T.gate} set state_before_emergency = null where venue_id = ?`, [venueId]);
        await events.publish(tx, 'EmergencyCleared', { emergencyId: emergency.id, venueId, clearedAt: new Date().toISOString() });
        await resolveAlert(tx, 'EMERGENCY', emergencySubject(emergency.id));
        return { emergencyId: emergency.id, dispatched: sent };
      });
      deps.live.changed(venueId, 'EMERGENCY');
      await commands.dispatch(dispatched);
      return emergencyId;
    },
  };
}

/** Each gate's pending command, in one statement. */
async function setPending(tx: EntityManager, commands: readonly DispatchedCommand[]): Promise<void> {
  if (!commands.length) return;
  await tx.execute(
    `update ${T.gate} g set pending_command_id = c.command_id from unnest(?::uuid[], ?::uuid[]) as c(gate_id, command_id) where g.id = c.gate_id`,
    [uuidArray(commands.map((c) => c.gateId)), uuidArray(commands.map((c) => c.id))],
  );
}

export type Emergencies = ReturnType<typeof createEmergencies>;
