import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, type AuthClaims, type PageArgs, type SubgraphRuntime } from '@attendgate/platform';
import { createKos } from '../adapters/kos.ts';
import { createPaymentGateway } from '../adapters/paymentGateway.ts';
import type { BillingConfig } from '../config.ts';
import type { BillInquiry, Line, Payment, ProductChangeRequest, Refund } from '../entities/index.ts';
import type { Product } from '../domain/product.ts';
import type { RecordBillInquiryJob } from '../jobs/jobNames.ts';
import { inquiriesOf } from './billInquiries.ts';
import { billHistoryOf, billOf, type BillDeps } from './bills.ts';
import { seedDemoLines } from './demoData.ts';
import { createFreshCache } from './freshCache.ts';
import { createInquiryLog } from './inquiryLog.ts';
import { allLines, lineForCaller, registerLine } from './lines.ts';
import type { CountedPage } from './pages.ts';
import { createPayment, myPayments, paymentForCaller, type CreatePaymentInput, type PaymentDeps } from './payments.ts';
import { createPaymentSettlement } from './paymentSettlement.ts';
import { createPolicies } from './policies.ts';
import { createProductChangeSettlement } from './productChangeSettlement.ts';
import { precheck, productChangesOf, requestProductChange, type ProductChangeDeps } from './productChanges.ts';
import { currentProductOf, productByCode, productPage, type ProductDeps } from './products.ts';
import { refundPayment, type RefundDeps, type RefundInput } from './refunds.ts';
import { createRefundSettlement } from './refundSettlement.ts';
import { settlementReport, settlementRows, settlementTotals, type SettlementTotals } from './settlement.ts';
import type { BillHistoryView, BillView, CurrentProductView, PrecheckView, SettlementReportView, SettlementRowView } from './views.ts';

type Paged = PageArgs & { lineId: string };

/**
 * The billing subgraph's use cases, wired once per process to the runtime (KOS, the payment gateway, cache,
 * queue, events). Each takes the request's EntityManager and the verified caller.
 */
export interface BillingServices {
  registerLine(em: EntityManager, caller: AuthClaims, input: { userId: string; phoneNumber: string }): Promise<Line>;
  line(em: EntityManager, caller: AuthClaims, lineId: string): Promise<Line>;
  allLines(em: EntityManager, args: PageArgs): Promise<CountedPage<Line>>;
  bill(em: EntityManager, caller: AuthClaims, args: { lineId: string; month: string }): Promise<BillView>;
  billHistory(em: EntityManager, caller: AuthClaims, args: { lineId: string; months: number }): Promise<BillHistoryView>;
  billInquiries(em: EntityManager, caller: AuthClaims, args: Paged): Promise<CountedPage<BillInquiry>>;
  products(args: PageArgs & { onSaleOnly?: boolean | null }): Promise<CountedPage<Product>>;
  product(code: string): Promise<Product | null>;
  currentProduct(em: EntityManager, caller: AuthClaims, lineId: string): Promise<CurrentProductView>;
  precheck(em: EntityManager, caller: AuthClaims, args: { lineId: string; productCode: string }): Promise<PrecheckView>;
  requestProductChange(em: EntityManager, caller: AuthClaims, args: { lineId: string; productCode: string; idempotencyKey: string }): Promise<ProductChangeRequest>;
  productChangeHistory(em: EntityManager, caller: AuthClaims, args: Paged): Promise<CountedPage<ProductChangeRequest>>;
  createPayment(em: EntityManager, caller: AuthClaims, input: CreatePaymentInput): Promise<Payment>;
  payment(em: EntityManager, caller: AuthClaims, paymentId: string): Promise<Payment>;
  myPayments(em: EntityManager, caller: AuthClaims, args: PageArgs): Promise<CountedPage<Payment>>;
  refund(em: EntityManager, caller: AuthClaims, input: RefundInput): Promise<Refund>;
  settlementReport(caller: AuthClaims, args: { from: string; to: string; ownerId?: string | null }): SettlementReportView;
  settlementRows(em: EntityManager, view: SettlementReportView, args: PageArgs): Promise<CountedPage<SettlementRowView>>;
  settlementTotals(em: EntityManager, view: SettlementReportView): Promise<SettlementTotals>;
  /** Job work. */
  recordInquiry(em: EntityManager, job: RecordBillInquiryJob): Promise<void>;
  reconcileProductChange(id: string): Promise<void>;
  reconcilePayment(id: string): Promise<void>;
  reconcileRefund(id: string): Promise<void>;
  seedDemo(em: EntityManager): Promise<string[]>;
}

export async function createBillingServices(runtime: SubgraphRuntime<BillingConfig>): Promise<BillingServices> {
  const { config, orm, queue, events, kv, logger } = runtime;
  const longestCallMs = Math.max(config.BILLING_KOS_TIMEOUT_MS, config.BILLING_PAYMENT_GATEWAY_TIMEOUT_MS);
  if (config.BILLING_NOT_RECEIVED_AFTER_MS <= longestCallMs || config.BILLING_RECONCILE_AFTER_MS <= longestCallMs) {
    // A request still in flight must never be taken for one that never arrived.
    throw new ConfigError([`BILLING_RECONCILE_AFTER_MS and BILLING_NOT_RECEIVED_AFTER_MS must be longer than the KOS and gateway timeouts (${longestCallMs} ms)`]);
  }
  const policies = createPolicies(config, logger);
  const kos = createKos({ baseUrl: config.KOS_URL, apiKey: config.BILLING_KOS_API_KEY, policy: policies.kos });
  const gateway = createPaymentGateway({ baseUrl: config.PAYMENT_GATEWAY_URL, secretKey: config.BILLING_PAYMENT_GATEWAY_SECRET_KEY, policy: policies.paymentGateway });
  const cache = createFreshCache({ kv, logger });
  const inquiries = createInquiryLog({ queue, logger, shutdown: runtime.shutdown, waitMs: config.BILLING_INQUIRY_RECORD_WAIT_MS });
  const notReceivedAfterMs = config.BILLING_NOT_RECEIVED_AFTER_MS;

  const products: ProductDeps = { kos, cache, catalogueFreshMs: config.BILLING_PRODUCT_CACHE_TTL_MS, keepMs: config.BILLING_STALE_KEEP_MS };
  const bills: BillDeps = { kos, cache, inquiries, freshMs: config.BILLING_BILL_CACHE_TTL_MS, keepMs: config.BILLING_STALE_KEEP_MS, maxHistoryMonths: config.BILLING_BILL_HISTORY_MAX_MONTHS };
  const productChangeSettlement = createProductChangeSettlement({ orm, kos, events, logger, notReceivedAfterMs });
  const changes: ProductChangeDeps = {
    ...products, orm, queue, settlement: productChangeSettlement, kosTimeoutMs: config.BILLING_KOS_TIMEOUT_MS, reconcileAfterMs: config.BILLING_RECONCILE_AFTER_MS,
  };
  const paymentSettlement = createPaymentSettlement({ orm, gateway, events, logger, notReceivedAfterMs });
  const payments: PaymentDeps = {
    orm, queue, gateway, settlement: paymentSettlement, maxPaymentKrw: config.BILLING_MAX_PAYMENT_KRW,
    gatewayTimeoutMs: config.BILLING_PAYMENT_GATEWAY_TIMEOUT_MS, reconcileAfterMs: config.BILLING_RECONCILE_AFTER_MS,
  };
  const refundSettlement = createRefundSettlement({ orm, gateway, events, logger });
  const refunds: RefundDeps = { orm, queue, settlement: refundSettlement, gatewayTimeoutMs: config.BILLING_PAYMENT_GATEWAY_TIMEOUT_MS, reconcileAfterMs: config.BILLING_RECONCILE_AFTER_MS };

  return {
    registerLine: (em, caller, input) => registerLine({ kos }, em, caller, input),
    line: lineForCaller,
    allLines,
    bill: (em, caller, args) => billOf(bills, em, caller, args),
    billHistory: (em, caller, args) => billHistoryOf(bills, em, caller, args),
    billInquiries: inquiriesOf,
    products: (args) => productPage(products, args),
    product: (code) => productByCode(products, code),
    currentProduct: (em, caller, lineId) => currentProductOf(products, em, caller, lineId),
    precheck: (em, caller, args) => precheck(products, em, caller, args),
    requestProductChange: (em, caller, args) => requestProductChange(changes, em, caller, args),
    productChangeHistory: productChangesOf,
    createPayment: (em, caller, input) => createPayment(payments, em, caller, input),
    payment: paymentForCaller,
    myPayments,
    refund: (em, caller, input) => refundPayment(refunds, em, caller, input),
    settlementReport: (caller, args) => settlementReport(caller, args, config.BILLING_SETTLEMENT_MAX_DAYS),
    settlementRows,
    settlementTotals,
    recordInquiry: (em, job) => inquiries.write(em, job),
    reconcileProductChange: (id) => productChangeSettlement.reconcile(id),
    reconcilePayment: (id) => paymentSettlement.reconcile(id),
    reconcileRefund: (id) => refundSettlement.reconcile(id),
    seedDemo: (em) => seedDemoLines({ kos, logger }, em),
  };
}
