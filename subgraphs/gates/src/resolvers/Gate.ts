import type { GateResolvers } from '../generated/resolvers.ts';

export const Gate: GateResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.gate.load(reference.id),
  venue: async (gate, _, ctx) => (await ctx.loaders.venue.load(gate.venue.id))!,
  position: (gate) => (gate.positionLat === null || gate.positionLat === undefined || gate.positionLng === null || gate.positionLng === undefined ? null : { lat: Number(gate.positionLat), lng: Number(gate.positionLng) }),
  rangeMeters: (gate) => Number(gate.rangeMeters),
  beacons: (gate, _, ctx) => ctx.loaders.beaconsByGate.load(gate.id),
  cameras: (gate, _, ctx) => ctx.loaders.camerasByGate.load(gate.id),
  pendingCommand: (gate, _, ctx) => (gate.pendingCommandId ? ctx.loaders.command.load(gate.pendingCommandId) : null),
  commands: (gate, args, ctx) => ctx.services.queries.commandsOfGate(ctx.em, gate.id, args),
};
