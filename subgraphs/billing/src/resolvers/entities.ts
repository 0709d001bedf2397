import { AppError } from '@attendgate/platform';
import { callerOf, type BillingContext } from '../context.ts';
import { maskLineNumber } from '../domain/lineNumber.ts';
import { refundableKrw } from '../domain/payment.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { seesEventPayments } from '../services/payments.ts';
import { settlementTotals } from '../services/settlement.ts';
import type { SettlementReportView } from '../services/views.ts';

const userRef = (id: string) => ({ __typename: 'User' as const, id });

/** A report's totals, read once per request however many of its total fields are selected. */
function totals(view: SettlementReportView, ctx: BillingContext) {
  let pending = ctx.loaders.settlementTotals.get(view);
  if (!pending) {
    pending = settlementTotals(ctx.em, view);
    ctx.loaders.settlementTotals.set(view, pending);
  }
  return pending;
}

/** Field resolvers of billing's types: references to other subgraphs' entities, batched loads, masking. */
export const entityResolvers: Resolvers<BillingContext> = {
  User: {
    __resolveReference: (reference) => ({ id: reference.id }),
    lines: (user, args, ctx) => ctx.loaders.linesOfUser.load({ parentId: user.id, first: args.first, after: args.after }),
  },
  Event: {
    __resolveReference: (reference) => ({ id: reference.id }),
    payments: async (event, args, ctx) => {
      if (!seesEventPayments(callerOf(ctx), await ctx.loaders.eventOwner.load(event.id))) throw AppError.forbidden("Only the event's owner and admins see its payments.");
      return ctx.loaders.paymentsOfEvent.load({ parentId: event.id, first: args.first, after: args.after });
    },
  },
  Line: {
    user: (line) => userRef(line.userId),
    maskedNumber: (line) => maskLineNumber(line.phoneNumber),
    number: (line) => line.phoneNumber,
  },
  BillInquiry: {
    requestedBy: (inquiry) => userRef(inquiry.requestedBy),
  },
  ProductChangeRequest: {
    line: async (request, _, ctx) => (await ctx.loaders.line.load(request.lineId))!,
    requestedBy: (request) => userRef(request.requestedBy),
  },
  Payment: {
    event: (payment) => ({ __typename: 'Event' as const, id: payment.eventId }),
    owner: (payment) => userRef(payment.ownerId),
    refundableKrw: (payment) => refundableKrw(payment),
    refunds: (payment, _, ctx) => ctx.loaders.refundsOfPayment.load(payment.id),
  },
  Refund: {
    payment: async (refund, _, ctx) => (await ctx.loaders.payment.load(refund.paymentId))!,
  },
  SettlementRow: {
    owner: (row) => userRef(row.ownerId),
  },
  SettlementReport: {
    rows: (view, args, ctx) => ctx.services.settlementRows(ctx.em, view, { first: args.first, after: args.after }),
    paymentCount: async (view, _, ctx) => (await totals(view, ctx)).paymentCount,
    grossKrw: async (view, _, ctx) => (await totals(view, ctx)).grossKrw,
    refundCount: async (view, _, ctx) => (await totals(view, ctx)).refundCount,
    refundedKrw: async (view, _, ctx) => (await totals(view, ctx)).refundedKrw,
    netKrw: async (view, _, ctx) => (await totals(view, ctx)).netKrw,
  },
};
