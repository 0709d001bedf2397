import { callerOf, type BillingContext } from '../context.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

export const Mutation: MutationResolvers<BillingContext> = {
  registerLine: (_, args, ctx) => ctx.services.registerLine(ctx.em, callerOf(ctx), args),
  requestProductChange: (_, args, ctx) => ctx.services.requestProductChange(ctx.em, callerOf(ctx), args),
  createPayment: (_, { input }, ctx) => ctx.services.createPayment(ctx.em, callerOf(ctx), input),
  refund: (_, args, ctx) => ctx.services.refund(ctx.em, callerOf(ctx), args),
};
