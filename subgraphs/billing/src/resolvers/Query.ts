import { AppError, ErrorCode, type PageArgs } from '@attendgate/platform';
import { callerOf, type BillingContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** null instead of NOT_FOUND, for the nullable single-object queries (line, payment). */
async function orNull<T>(find: Promise<T>): Promise<T | null> {
  try {
    return await find;
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

const page = (args: { first?: number | null; after?: string | null }): PageArgs => ({ first: args.first, after: args.after });

export const Query: QueryResolvers<BillingContext> = {
  line: (_, { id }, ctx) => orNull(ctx.services.line(ctx.em, callerOf(ctx), id)),
  lines: (_, args, ctx) => ctx.services.allLines(ctx.em, page(args)),
  bill: (_, args, ctx) => ctx.services.bill(ctx.em, callerOf(ctx), args),
  billHistory: (_, args, ctx) => ctx.services.billHistory(ctx.em, callerOf(ctx), { lineId: args.lineId, months: args.months ?? 6 }),
  billInquiries: (_, args, ctx) => ctx.services.billInquiries(ctx.em, callerOf(ctx), { lineId: args.lineId, ...page(args) }),
  products: (_, args, ctx) => ctx.services.products({ ...page(args), onSaleOnly: args.onSaleOnly }),
  product: (_, { code }, ctx) => ctx.services.product(code),
  currentProduct: (_, { lineId }, ctx) => ctx.services.currentProduct(ctx.em, callerOf(ctx), lineId),
  precheckProductChange: (_, args, ctx) => ctx.services.precheck(ctx.em, callerOf(ctx), args),
  productChangeHistory: (_, args, ctx) => ctx.services.productChangeHistory(ctx.em, callerOf(ctx), { lineId: args.lineId, ...page(args) }),
  payment: (_, { id }, ctx) => orNull(ctx.services.payment(ctx.em, callerOf(ctx), id)),
  myPayments: (_, args, ctx) => ctx.services.myPayments(ctx.em, callerOf(ctx), page(args)),
  settlementReport: (_, args, ctx) => ctx.services.settlementReport(callerOf(ctx), args),
};
