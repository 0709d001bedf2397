import { z } from 'zod';

/**
 * The gate-controller protocol over MQTT (docs/decisions/gate-controller-protocol.md): JSON payloads, QoS 1,
 * one topic per gate and purpose under a configurable root.
 *
 *   <root>/gates/<gateId>/config     server → controller, retained: the gate's configuration
 *   <root>/gates/<gateId>/command    server → controller: { commandId, command, issuedAt, expiresAt, pulseMs? }
 *   <root>/gates/<gateId>/ack        controller → server: { commandId, command, ok, state, error?, at }
 *   <root>/gates/<gateId>/heartbeat  controller → server: { seq, state, at }
 *   <root>/gates/<gateId>/telemetry  controller → server: { door, battery, tamper, beacons[], cameras[], at }
 *
 * Messages from controllers are validated here; anything malformed is dropped (and logged) at the edge.
 */
export const PROTOCOL_VERSION = 1;

/** Cameras one gate's controller reports on (a gate has a few; the bound keeps a message small). */
export const MAX_CAMERAS_PER_GATE = 16;

export type InboundKind = 'ack' | 'heartbeat' | 'telemetry';

const controllerState = z.enum(['CLOSED', 'OPEN', 'LOCKED', 'EMERGENCY_OPEN']);

export const ackMessage = z.object({
  v: z.literal(PROTOCOL_VERSION),
  commandId: z.uuid(),
  command: z.string().max(32),
  ok: z.boolean(),
  state: controllerState.optional(),
  error: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
});

export const heartbeatMessage = z.object({
  v: z.literal(PROTOCOL_VERSION),
  seq: z.int().nonnegative().optional(),
  state: controllerState,
  at: z.string().max(40).optional(),
});

export const telemetryMessage = z.object({
  v: z.literal(PROTOCOL_VERSION),
  door: z.enum(['OPEN', 'CLOSED']).optional(),
  battery: z.int().min(0).max(100).optional(),
  tamper: z.boolean().optional(),
  beacons: z
    .array(z.object({ uuid: z.string().max(36), major: z.int().min(0).max(65_535), minor: z.int().min(0).max(65_535), battery: z.int().min(0).max(100) }))
    .max(32)
    .optional(),
  /** The controller's view of the cameras in its configuration: whether each one streams. */
  cameras: z.array(z.object({ id: z.uuid(), online: z.boolean() })).max(MAX_CAMERAS_PER_GATE).optional(),
  at: z.string().max(40).optional(),
});

export type AckMessage = z.infer<typeof ackMessage>;
export type HeartbeatMessage = z.infer<typeof heartbeatMessage>;
export type TelemetryMessage = z.infer<typeof telemetryMessage>;
export type ControllerState = z.infer<typeof controllerState>;

export interface CommandMessage {
  v: typeof PROTOCOL_VERSION;
  commandId: string;
  command: string;
  issuedAt: string;
  /** The controller ignores a command after this (one delivered late, after a broker outage, must not act). */
  expiresAt: string;
  /** For PULSE: how long the gate stays open. */
  pulseMs?: number;
}

export interface GateConfigMessage {
  v: typeof PROTOCOL_VERSION;
  gateId: string;
  venueId: string;
  name: string;
  direction: string;
  heartbeatIntervalMs: number;
  telemetryIntervalMs: number;
  beacons: { uuid: string; major: number; minor: number; txPower: number }[];
  /**
   * The gate's cameras, for the controller to watch: it is on the venue's network with them, where the
   * server cannot reach (stream URLs are often private addresses), and reports each one in its telemetry.
   */
  cameras: { id: string; streamUrl: string }[];
}

export function topicOf(root: string, gateId: string, kind: 'config' | 'command' | InboundKind): string {
  return `${root}/gates/${gateId}/${kind}`;
}

/** `<root>/gates/<gateId>/<kind>` → its gate id and kind, or null for topics that are not ours. */
export function parseTopic(root: string, topic: string): { gateId: string; kind: InboundKind } | null {
  const prefix = `${root}/gates/`;
  if (!topic.startsWith(prefix)) return null;
  const [gateId, kind, ...rest] = topic.slice(prefix.length).split('/');
  if (!gateId || rest.length || (kind !== 'ack' && kind !== 'heartbeat' && kind !== 'telemetry')) return null;
  return { gateId, kind };
}
