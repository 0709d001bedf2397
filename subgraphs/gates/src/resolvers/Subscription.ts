import type { GatesContext } from '../context.ts';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { LiveTrigger } from '../services/liveUpdates.ts';

export const Subscription: SubscriptionResolvers = {
  gateStateChanged: {
    subscribe: (_, args, ctx) => ctx.services.liveState.subscribe(ctx.em, args.venueId) as never,
    resolve: (trigger: LiveTrigger, _args: unknown, ctx: GatesContext) => ctx.services.liveState.resolve(trigger, ctx),
  },
};
