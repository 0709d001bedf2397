import { AppError, allow, federationQueryRules, hasRole, isAuthenticated, rule, type IRules } from '@attendgate/platform';
import type { BillingContext } from './context.ts';
import type { Line } from './entities/index.ts';

/** A user's lines: the user themself, operators and admins (support work). */
const isSelfOrStaff = rule('isSelfOrStaff', { cache: 'no_cache' })((user: { id: string }, _args, ctx: BillingContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  return ctx.auth.userId === user.id || ctx.auth.role === 'OPERATOR' || ctx.auth.role === 'ADMIN' ? true : AppError.forbidden("Only the user themself and staff see a user's lines.");
});

/** A line's full number: its user and admins (operators see it masked like everyone else). */
const isLineUserOrAdmin = rule('isLineUserOrAdmin', { cache: 'no_cache' })((line: Line, _args, ctx: BillingContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  return ctx.auth.userId === line.userId || ctx.auth.role === 'ADMIN' ? true : AppError.forbidden("Only the line's user and admins see its full number.");
});

// graphql-shield needs one instance per rule name, so each role rule is made once.
const staff = hasRole('OPERATOR', 'ADMIN');
const owner = hasRole('OWNER');
const ownerOrAdmin = hasRole('OWNER', 'ADMIN');

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Root fields gate by role; which line,
 * payment or event a caller may touch is decided by the services (its user, operators and admins for lines;
 * its owner and admins for payments), which answer NOT_FOUND for other people's things. Every type has a rule
 * too, so that objects reached through `_entities` (User, Event) are covered.
 */
export const permissions: IRules = {
  Query: {
    ...federationQueryRules,
    line: isAuthenticated,
    lines: staff,
    bill: isAuthenticated,
    billHistory: isAuthenticated,
    billInquiries: isAuthenticated,
    products: isAuthenticated,
    product: isAuthenticated,
    currentProduct: isAuthenticated,
    precheckProductChange: isAuthenticated,
    productChangeHistory: isAuthenticated,
    payment: isAuthenticated,
    myPayments: owner,
    settlementReport: ownerOrAdmin,
  },
  Mutation: {
    registerLine: staff,
    requestProductChange: isAuthenticated,
    createPayment: owner,
    refund: ownerOrAdmin,
  },
  User: { id: isAuthenticated, lines: isSelfOrStaff },
  Event: { id: isAuthenticated, payments: ownerOrAdmin },
  Line: { '*': isAuthenticated, number: isLineUserOrAdmin },
  LineConnection: isAuthenticated,
  PageInfo: isAuthenticated,
  Bill: isAuthenticated,
  BillLine: isAuthenticated,
  BillSummary: isAuthenticated,
  BillHistory: isAuthenticated,
  BillInquiry: isAuthenticated,
  BillInquiryConnection: isAuthenticated,
  Product: isAuthenticated,
  ProductConnection: isAuthenticated,
  CurrentProduct: isAuthenticated,
  ProductChangeIneligibility: isAuthenticated,
  ProductChangePrecheck: isAuthenticated,
  ProductChangeRequest: isAuthenticated,
  ProductChangeRequestConnection: isAuthenticated,
  Payment: isAuthenticated,
  PaymentConnection: isAuthenticated,
  Refund: isAuthenticated,
  SettlementRow: isAuthenticated,
  SettlementRowConnection: isAuthenticated,
  SettlementReport: isAuthenticated,
  _Service: allow,
};
