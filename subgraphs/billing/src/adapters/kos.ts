import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { fromKosDay, fromKosMonth, toKosMonth } from '../domain/calendar.ts';
import type { NetworkType, Product, Subscription } from '../domain/product.ts';
import type { BillLine, BillSummary, CarrierBill } from '../domain/bill.ts';

/** The external system's name in logs, breaker states (/readyz) and errors. */
export const KOS = 'kos';
/** Products KOS serves per catalogue page (its maximum). */
const PRODUCT_PAGE_SIZE = 50;
/** More catalogue pages than any carrier has: a guard against a backend that never stops paging. */
const MAX_PRODUCT_PAGES = 20;

/** What KOS answered to a product-change order (on submission, or when looked up later). */
export type OrderOutcome =
  | { kind: 'completed'; kosReference: string; completedAt: Date }
  | { kind: 'rejected'; code: string; message: string };

interface Envelope<T> {
  resultCode?: string;
  resultMessage?: string;
  data?: T;
}

interface KosSubscriber {
  svcContId: string;
  svcStatus: 'ACTIVE' | 'SUSPENDED';
  prodCd: string;
  prodStartYm: string;
  deviceNetwork: 'LTE' | '5G';
  contractEndDt: string | null;
  overdueAmt: number;
  activationDt: string;
}

interface KosProduct {
  prodCd: string;
  prodNm: string;
  monthlyFee: number;
  dataMb: number;
  voiceMin: number;
  smsCnt: number;
  networkType: 'LTE' | '5G';
  saleStatus: 'ON_SALE' | 'STOPPED';
}

interface KosBill {
  billYm: string;
  usePeriod: { from: string; to: string };
  prodCd: string;
  items: { code: string; name: string; amt: number }[];
  discounts: { code: string; name: string; amt: number }[];
  totalAmt: number;
  dueDt: string;
  payStatus: 'PAID' | 'UNPAID' | 'OVERDUE';
  paidDt: string | null;
}

interface KosOrder {
  orderNo: string | null;
  status: 'COMPLETED' | 'REJECTED';
  rejectCode: string | null;
  rejectMessage: string | null;
  completedAt: string | null;
}

export interface Kos {
  /** The line as KOS knows it now, or null when it is not one of the carrier's lines. */
  subscription(lineNumber: string): Promise<Subscription | null>;
  /** A month's bill, or null when KOS issued none for that month. */
  bill(lineNumber: string, month: string): Promise<CarrierBill | null>;
  /** Summaries of the bills issued from `fromMonth` to `toMonth`, newest first (null: not a line of KOS). */
  billSummaries(lineNumber: string, fromMonth: string, toMonth: string): Promise<BillSummary[] | null>;
  /** The whole catalogue, every page. */
  products(): Promise<Product[]>;
  /** Submits a product change under our request id. Throws UpstreamError when the outcome is unknown. */
  submitProductChange(requestId: string, lineNumber: string, productCode: string): Promise<OrderOutcome>;
  /** What became of a product change we submitted, or null when KOS never received it. */
  productChangeOrder(requestId: string): Promise<OrderOutcome | null>;
  readonly breakerState: string;
}

/**
 * Client of the KOS-Order API, every call one attempt through the resilience policy (its timeout aborts the
 * request; its circuit breaker stops calling a KOS that keeps failing). Requests are never retried here: a
 * person is waiting for reads, and a product change must never be sent twice. Background work retries through
 * the job queue instead. KOS's business answers (not found, rejected) are values; everything else is an
 * UpstreamError whose `transient` says whether it counts against the breaker.
 */
export function createKos(options: { baseUrl: string; apiKey: string; policy: ResiliencePolicy }): Kos {
  const { baseUrl, apiKey, policy } = options;
  const call = <T>(request: { method?: 'GET' | 'POST'; path: string; query?: Record<string, string | number>; body?: unknown }) =>
    policy.executeOnce((signal) => requestJson<Envelope<T>>(KOS, baseUrl, { ...request, headers: { 'x-api-key': apiKey }, signal }));

  /** `null` for KOS's "not found" answers (404 with one of `codes`), the payload otherwise. */
  async function find<T>(request: { path: string; query?: Record<string, string | number> }, codes: string[]): Promise<T | null> {
    try {
      return dataOf(await call<T>(request));
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 404 && codes.includes(resultCodeOf(error))) return null;
      throw error;
    }
  }

  return {
    async subscription(lineNumber) {
      const found = await find<KosSubscriber>({ path: `/api/v1/subscribers/${lineNumber}` }, ['E1001']);
      return found && toSubscription(found);
    },
    async bill(lineNumber, month) {
      const found = await find<KosBill>({ path: `/api/v1/subscribers/${lineNumber}/bills/${toKosMonth(month)}` }, ['E1001', 'E2001']);
      return found && toBill(found);
    },
    async billSummaries(lineNumber, fromMonth, toMonth) {
      const found = await find<{ bills: Omit<KosBill, 'items' | 'discounts' | 'usePeriod' | 'prodCd'>[] }>(
        { path: `/api/v1/subscribers/${lineNumber}/bills`, query: { fromYm: toKosMonth(fromMonth), toYm: toKosMonth(toMonth) } },
        ['E1001'],
      );
      return found && found.bills.map((bill) => ({
        month: fromKosMonth(bill.billYm), totalKrw: bill.totalAmt, dueDate: fromKosDay(bill.dueDt), paymentStatus: bill.payStatus, paidOn: bill.paidDt ? fromKosDay(bill.paidDt) : null,
      }));
    },
    async products() {
      const products: Product[] = [];
      for (let page = 1; page <= MAX_PRODUCT_PAGES; page++) {
        const data = dataOf(await call<{ totalCount: number; products: KosProduct[] }>({ path: '/api/v1/products', query: { page, size: PRODUCT_PAGE_SIZE } }));
        products.push(...data.products.map(toProduct));
        if (data.products.length < PRODUCT_PAGE_SIZE || products.length >= data.totalCount) return products;
      }
      throw new UpstreamError(KOS, `the KOS catalogue has more than ${MAX_PRODUCT_PAGES} pages`, { transient: false });
    },
    async submitProductChange(requestId, lineNumber, productCode) {
      try {
        return toOutcome(dataOf(await call<KosOrder>({ method: 'POST', path: '/api/v1/orders/product-change', body: { extReqId: requestId, svcNo: lineNumber, prodCd: productCode } })));
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        const body = error.body as Envelope<KosOrder> | undefined;
        // 409: KOS already has this request id; its order says what became of it.
        if (error.status === 409 && body?.data) return toOutcome(body.data);
        if (error.status === 422 || (error.status === 404 && resultCodeOf(error) === 'E1001')) {
          return { kind: 'rejected', code: resultCodeOf(error), message: body?.resultMessage ?? 'KOS refused the change.' };
        }
        throw error;
      }
    },
    async productChangeOrder(requestId) {
      const order = await find<KosOrder>({ path: `/api/v1/orders/product-change/${requestId}` }, ['E4004']);
      return order && toOutcome(order);
    },
    get breakerState() {
      return policy.state;
    },
  };
}

function dataOf<T>(envelope: Envelope<T>): T {
  if (envelope?.resultCode !== '0000' || envelope.data === undefined) {
    throw new UpstreamError(KOS, `KOS answered resultCode ${String(envelope?.resultCode)}`, { status: 200, transient: false });
  }
  return envelope.data;
}

function resultCodeOf(error: UpstreamError): string {
  const code = (error.body as Envelope<unknown> | undefined)?.resultCode;
  return typeof code === 'string' ? code : '';
}

const network = (value: 'LTE' | '5G'): NetworkType => (value === '5G' ? 'FIVE_G' : 'LTE');
const allowance = (value: number) => (value < 0 ? null : value);

function toSubscription(kos: KosSubscriber): Subscription {
  return {
    subscriberId: kos.svcContId,
    status: kos.svcStatus,
    productCode: kos.prodCd,
    productSince: fromKosMonth(kos.prodStartYm),
    deviceNetwork: network(kos.deviceNetwork),
    contractEndsOn: kos.contractEndDt ? fromKosDay(kos.contractEndDt) : null,
    overdueKrw: kos.overdueAmt,
    openedOn: fromKosDay(kos.activationDt),
  };
}

function toProduct(kos: KosProduct): Product {
  return {
    code: kos.prodCd, name: kos.prodNm, monthlyFeeKrw: kos.monthlyFee, dataMb: allowance(kos.dataMb), voiceMinutes: allowance(kos.voiceMin),
    smsCount: allowance(kos.smsCnt), network: network(kos.networkType), onSale: kos.saleStatus === 'ON_SALE',
  };
}

function toBill(kos: KosBill): CarrierBill {
  const line = (entry: { code: string; name: string; amt: number }): BillLine => ({ code: entry.code, name: entry.name, amountKrw: entry.amt });
  return {
    month: fromKosMonth(kos.billYm),
    usageFrom: fromKosDay(kos.usePeriod.from),
    usageTo: fromKosDay(kos.usePeriod.to),
    productCode: kos.prodCd,
    items: kos.items.map(line),
    discounts: kos.discounts.map(line),
    totalKrw: kos.totalAmt,
    dueDate: fromKosDay(kos.dueDt),
    paymentStatus: kos.payStatus,
    paidOn: kos.paidDt ? fromKosDay(kos.paidDt) : null,
  };
}

function toOutcome(order: KosOrder): OrderOutcome {
  if (order.status === 'COMPLETED' && order.orderNo) {
    return { kind: 'completed', kosReference: order.orderNo, completedAt: order.completedAt ? new Date(order.completedAt) : new Date() };
  }
  return { kind: 'rejected', code: order.rejectCode ?? 'REJECTED', message: order.rejectMessage ?? 'KOS refused the change.' };
}
