import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '@attendgate/platform';
import { PROTOCOL_VERSION, type AckMessage, type CommandMessage } from '../adapters/gateProtocol.ts';
import type { GateState } from '../domain/gateStates.ts';
import { transition, type GateCommand, type OperatorCommand } from '../domain/gateStateMachine.ts';
import { gateSubject, raiseAlert } from './alerts.ts';
import { freshEm, isUuid, T, type GatesDeps } from './deps.ts';
import { publishStateChange } from './gateStates.ts';

/** A command written to gate_command and now to be published and watched. */
export interface DispatchedCommand {
  id: string;
  gateId: string;
  command: GateCommand;
  issuedAt: Date;
  deadlineAt: Date;
}

export type CommandStatus = 'SENT' | 'ACKNOWLEDGED' | 'REJECTED' | 'TIMED_OUT' | 'FAILED';

/** Grace on top of a deadline before a replica's monitor settles another replica's command. */
const ORPHAN_GRACE_MS = 1_000;
/** Overdue commands settled per monitor pass. */
const OVERDUE_BATCH = 100;

/**
 * Commands to gate controllers, and their acknowledgements.
 *
 * Operator and system commands (controlGate, emergencies, restores) are rows of gate_command, settled exactly
 * once by a conditional update from SENT: by the acknowledgement (on whichever replica receives it first),
 * by the sending replica's timer at the deadline, or, if that replica died, by any replica's monitor. A
 * settlement other than ACKNOWLEDGED turns the gate FAULT, but only while that command is still the gate's
 * pending one (an emergency that superseded it must not be faulted by the old command's timeout).
 *
 * The check-in's momentary OPEN pulse is not persisted: it changes no state, there can be hundreds a second,
 * and its only consequence, FAULT when the controller does not confirm, is decided by the replica that sent
 * it, from memory. If that replica dies, the person at the gate simply tries again.
 */
export function createGateCommands(deps: GatesDeps) {
  const { config, events, logger } = deps;
  const log = logger.child({ component: 'gate-commands' });
  const waiters = new Map<string, (status: CommandStatus) => void>();
  const timers = new Map<string, NodeJS.Timeout>();
  const pulses = new Map<string, { gateId: string; timer: NodeJS.Timeout }>();

  const message = (command: DispatchedCommand): CommandMessage => ({
    v: PROTOCOL_VERSION,
    commandId: command.id,
    command: command.command,
    issuedAt: command.issuedAt.toISOString(),
    expiresAt: command.deadlineAt.toISOString(),
    ...(command.command === 'PULSE' ? { pulseMs: config.GATES_OPEN_PULSE_MS } : {}),
  });

  /** Writes a command row (inside the caller's transaction) for a gate moving from `previous` to `target`. */
  async function record(tx: EntityManager, gateId: string, command: GateCommand, previous: GateState, target: GateState, issuedBy: string | null): Promise<DispatchedCommand> {
    const issuedAt = new Date();
    const dispatched = { id: randomUUID(), gateId, command, issuedAt, deadlineAt: new Date(issuedAt.getTime() + config.GATES_COMMAND_ACK_TIMEOUT_MS) };
    await tx.execute(
      `insert into ${T.command} (id, gate_id, command, previous_state, target_state, issued_by, issued_at, deadline_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'SENT')`,
      [dispatched.id, gateId, command, previous, target, issuedBy, issuedAt, dispatched.deadlineAt],
    );
    return dispatched;
  }

  /** Publishes committed commands and watches their deadlines. Never throws: a failed publish settles FAILED. */
  async function dispatch(commands: readonly DispatchedCommand[]): Promise<void> {
    await Promise.all(
      commands.map(async (command) => {
        const delay = Math.max(0, command.deadlineAt.getTime() - Date.now());
        timers.set(command.id, setTimeout(() => void settle(command.id, 'TIMED_OUT', 'no acknowledgement within the timeout'), delay));
        try {
          await deps.link.send(command.gateId, message(command));
        } catch (error) {
          log.warn({ err: error, gateId: command.gateId, commandId: command.id }, 'command could not be published');
          await settle(command.id, 'FAILED', 'the MQTT broker could not be reached');
        }
      }),
    );
  }

  /** Settles a command once (whoever comes first); turns its gate FAULT when it failed and was still pending. */
  async function settle(commandId: string, status: Exclude<CommandStatus, 'SENT'>, detail: string | null): Promise<void> {
    clearTimeout(timers.get(commandId));
    timers.delete(commandId);
    try {
      const changed = await freshEm(deps).transactional(async (tx) => {
        const [settled] = await tx.execute<{ gate_id: string; target_state: GateState; command: string }[]>(
          `update ${T.command} set status = ?, settled_at = clock_timestamp(), detail = ? where id = ? and status = 'SENT' returning gate_id, target_state, command`,
          [status, detail, commandId],
        );
        if (!settled) return null;
        if (status === 'ACKNOWLEDGED') {
          await tx.execute(`update ${T.gate} set pending_command_id = null where id = ? and pending_command_id = ?`, [settled.gate_id, commandId]);
          return null;
        }
        const [gate] = await tx.execute<{ venue_id: string }[]>(
          `update ${T.gate} set state = 'FAULT', state_changed_at = clock_timestamp(), pending_command_id = null
           where id = ? and pending_command_id = ? and state = ? returning venue_id`,
          [settled.gate_id, commandId, settled.target_state],
        );
        if (!gate) return null;
        const change = { gateId: settled.gate_id, venueId: gate.venue_id, from: settled.target_state, to: 'FAULT' as const, reason: `COMMAND_${status}:${settled.command}` };
        await publishStateChange(tx, events, change);
        await raiseAlert(tx, deps.queue, {
          venueId: gate.venue_id, gateId: settled.gate_id, kind: 'GATE_FAULT', subject: gateSubject(settled.gate_id),
          message: `Gate controller did not confirm ${settled.command} (${status.toLowerCase().replace('_', ' ')}).`,
        });
        return change;
      });
      if (changed) deps.live.changed(changed.venueId, 'GATE_STATE', changed.gateId);
    } finally {
      await wake(commandId);
    }
  }

  /** Resolves a local waiter once its command is settled (by this replica or another). */
  async function wake(commandId: string): Promise<void> {
    const waiter = waiters.get(commandId);
    if (!waiter) return;
    const [row] = await freshEm(deps).execute<{ status: CommandStatus }[]>(`select status from ${T.command} where id = ?`, [commandId]);
    if (row && row.status !== 'SENT') {
      waiters.delete(commandId);
      waiter(row.status);
    }
  }

  function waitFor(commandId: string): Promise<CommandStatus> {
    return new Promise((resolve) => waiters.set(commandId, resolve));
  }

  /** A momentary OPEN for one admitted person. Returns whether it reached the broker. */
  async function pulse(gateId: string): Promise<boolean> {
    const issuedAt = new Date();
    const command: DispatchedCommand = { id: randomUUID(), gateId, command: 'PULSE', issuedAt, deadlineAt: new Date(issuedAt.getTime() + config.GATES_COMMAND_ACK_TIMEOUT_MS) };
    const timer = setTimeout(() => {
      pulses.delete(command.id);
      void faultAfterPulse(gateId, 'did not confirm the OPEN pulse of a check-in');
    }, config.GATES_COMMAND_ACK_TIMEOUT_MS);
    pulses.set(command.id, { gateId, timer });
    try {
      await deps.link.send(gateId, message(command), { once: true });
      return true;
    } catch (error) {
      clearTimeout(timer);
      pulses.delete(command.id);
      log.warn({ err: error, gateId }, 'check-in pulse could not be published');
      await faultAfterPulse(gateId, 'could not be reached for the OPEN pulse of a check-in');
      return false;
    }
  }

  async function faultAfterPulse(gateId: string, why: string): Promise<void> {
    try {
      const change = await freshEm(deps).transactional(async (tx) => {
        const [gate] = await tx.execute<{ venue_id: string; old_state: GateState }[]>(
          `update ${T.gate} g set state = 'FAULT', state_changed_at = clock_timestamp()
           from (select id, state as old_state from ${T.gate} where id = ? for update) old
           where g.id = old.id and old.old_state in ('CLOSED', 'OPEN') returning g.venue_id, old.old_state`,
          [gateId],
        );
        if (!gate) return null;
        const stateChange = { gateId, venueId: gate.venue_id, from: gate.old_state, to: 'FAULT' as const, reason: 'PULSE_NOT_CONFIRMED' };
        await publishStateChange(tx, events, stateChange);
        await raiseAlert(tx, deps.queue, { venueId: gate.venue_id, gateId, kind: 'GATE_FAULT', subject: gateSubject(gateId), message: `Gate controller ${why}.` });
        return stateChange;
      });
      if (change) deps.live.changed(change.venueId, 'GATE_STATE', gateId);
    } catch (error) {
      log.error({ err: error, gateId }, 'marking a gate FAULT failed');
    }
  }

  return {
    record,
    dispatch,
    waitFor,
    pulse,

    /**
     * controlGate: the state machine decides on the gate's locked row; the command row, the new state and
     * GateStateChanged commit together; then the command is published and the call waits for it to settle.
     */
    async control(em: EntityManager, operatorId: string, gateId: string, command: OperatorCommand): Promise<string> {
      if (!isUuid(gateId)) throw AppError.notFound('The gate');
      const dispatched = await em.transactional(async (tx) => {
        // The row lock first, then the pending command in a statement of its own: a join in the locking
        // statement would read the command table as of before the wait (a command committed meanwhile unseen).
        const [gate] = await tx.execute<{ venue_id: string; state: GateState; pending_command_id: string | null }[]>(
          `select venue_id, state, pending_command_id from ${T.gate} where id = ? for update`,
          [gateId],
        );
        if (!gate) throw AppError.notFound('The gate');
        const [pending] = gate.pending_command_id
          ? await tx.execute<{ status: string }[]>(`select status from ${T.command} where id = ?`, [gate.pending_command_id])
          : [];
        if (pending?.status === 'SENT') throw AppError.conflict('A command to this gate is still waiting for its acknowledgement.');
        const next = transition(gate.state, command);
        if (!next.ok) throw new AppError(ErrorCode.INVALID_STATE, next.reason, { state: gate.state });
        const recorded = await record(tx, gateId, command, gate.state, next.next, operatorId);
        await tx.execute(`update ${T.gate} set state = ?, state_changed_at = clock_timestamp(), pending_command_id = ? where id = ?`, [next.next, recorded.id, gateId]);
        await publishStateChange(tx, events, { gateId, venueId: gate.venue_id, from: gate.state, to: next.next, reason: `COMMAND:${command}` });
        return { recorded, venueId: gate.venue_id };
      });
      deps.live.changed(dispatched.venueId, 'GATE_STATE', gateId);
      const settled = waitFor(dispatched.recorded.id);
      await dispatch([dispatched.recorded]);
      await settled;
      return dispatched.recorded.id;
    },

    /** An acknowledgement from a controller (on every replica: each settles what it can, once). */
    async handleAck(gateId: string, ack: AckMessage): Promise<void> {
      const tracked = pulses.get(ack.commandId);
      if (tracked) {
        if (tracked.gateId !== gateId) return;
        clearTimeout(tracked.timer);
        pulses.delete(ack.commandId);
        if (!ack.ok) await faultAfterPulse(gateId, `refused the OPEN pulse (${ack.error ?? 'no reason given'})`);
        return;
      }
      if (ack.command === 'PULSE') return; // another replica's pulse
      const [row] = await freshEm(deps).execute<{ gate_id: string }[]>(`select gate_id from ${T.command} where id = ? and status = 'SENT'`, [ack.commandId]);
      if (!row || row.gate_id !== gateId) return;
      await settle(ack.commandId, ack.ok ? 'ACKNOWLEDGED' : 'REJECTED', ack.ok ? null : (ack.error ?? 'refused by the controller').slice(0, 200));
    },

    /** The monitor's part: commands past their deadline that no replica settled (their sender died). */
    async settleOverdue(): Promise<number> {
      const rows = await freshEm(deps).execute<{ id: string }[]>(
        `select id from ${T.command} where status = 'SENT' and deadline_at < clock_timestamp() - (? * interval '1 millisecond') order by deadline_at limit ${OVERDUE_BATCH}`,
        [ORPHAN_GRACE_MS],
      );
      for (const row of rows) await settle(row.id, 'TIMED_OUT', 'no acknowledgement within the timeout');
      return rows.length;
    },

    close() {
      for (const timer of timers.values()) clearTimeout(timer);
      for (const { timer } of pulses.values()) clearTimeout(timer);
      timers.clear();
      pulses.clear();
      for (const [id, waiter] of waiters) {
        waiters.delete(id);
        waiter('SENT');
      }
    },
  };
}

export type GateCommands = ReturnType<typeof createGateCommands>;
