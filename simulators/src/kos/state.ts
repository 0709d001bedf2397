import type { SimulatorState } from '../simulator.ts';
import { kstYearMonth } from './calendar.ts';
import { productByCode } from './products.ts';
import { contractRunning, defaultSubscriber, isLineNumber, isUnknownByDefault, type Subscriber } from './subscribers.ts';

/** A product-change order as KOS records it, found again by the caller's request id (`extReqId`). */
export interface ProductChangeOrder {
  orderNo: string | null;
  extReqId: string;
  svcNo: string;
  fromProdCd: string;
  toProdCd: string;
  status: 'COMPLETED' | 'REJECTED';
  rejectCode: string | null;
  rejectMessage: string | null;
  requestedAt: string;
  completedAt: string | null;
}

export type OrderOutcome =
  | { kind: 'applied'; order: ProductChangeOrder }
  | { kind: 'rejected'; httpStatus: number; code: string; message: string; order: ProductChangeOrder | null }
  | { kind: 'duplicate'; order: ProductChangeOrder };

/** KOS business rejection codes for product changes (simulators/README.md). */
export const REJECTIONS = {
  UNKNOWN_SUBSCRIBER: { code: 'E1001', message: '존재하지 않는 회선입니다.', httpStatus: 404 },
  SAME_PRODUCT: { code: 'E3001', message: '현재 사용 중인 상품과 동일합니다.', httpStatus: 422 },
  OVERDUE: { code: 'E3002', message: '미납 요금이 있어 상품을 변경할 수 없습니다.', httpStatus: 422 },
  CONTRACT: { code: 'E3003', message: '약정 기간 중에는 하위 요금제로 변경할 수 없습니다.', httpStatus: 422 },
  NOT_ON_SALE: { code: 'E3004', message: '판매 중지되었거나 존재하지 않는 상품입니다.', httpStatus: 422 },
  SUSPENDED: { code: 'E3005', message: '정지된 회선은 상품을 변경할 수 없습니다.', httpStatus: 422 },
  BLOCKED: { code: 'E3006', message: '상품 변경이 제한된 회선입니다. 고객센터로 문의해 주세요.', httpStatus: 422 },
  DEVICE: { code: 'E3007', message: '사용 중인 단말기에서 지원하지 않는 상품입니다.', httpStatus: 422 },
} as const;

/**
 * The KOS backend's data: overrides of subscribers on top of the default rule, each line's plan history (so
 * bills of past months keep the plan of their month), orders by request id, and test controls.
 */
export class KosState implements SimulatorState {
  readonly #subscribers = new Map<string, Subscriber | null>();
  readonly #planHistory = new Map<string, { fromYm: string; prodCd: string }[]>();
  readonly #orders = new Map<string, ProductChangeOrder>();
  readonly #blocks = new Map<string, string>();
  #sequence = 0;
  /**
   * Applies a product change at once but holds the answer this long: a backend that committed the change and
   * answers late, which is what the caller's timeout and reconciliation must cope with.
   */
  answerDelayAfterApplyMs = 0;
  /**
   * Faults of the order desk alone (the inquiry side keeps answering): the next `failNext` product-change
   * orders are refused with 503 and not applied; the next `hangNext` are accepted and never answered or applied.
   */
  orderFaults = { failNext: 0, hangNext: 0 };
  /** The clock KOS runs on; tests may pin it. */
  now: () => Date = () => new Date();

  /** The subscriber behind a number, or null when it is not one of ours. */
  subscriber(svcNo: string): Subscriber | null {
    if (!isLineNumber(svcNo)) return null;
    if (this.#subscribers.has(svcNo)) {
      const known = this.#subscribers.get(svcNo);
      return known ? { ...known } : null;
    }
    return isUnknownByDefault(svcNo) ? null : defaultSubscriber(svcNo, this.now());
  }

  /** Overrides fields of a subscriber (creating one for an unknown number); `null` removes the line. */
  setSubscriber(svcNo: string, fields: Partial<Omit<Subscriber, 'svcNo'>> | null): Subscriber | null {
    if (!isLineNumber(svcNo)) throw new TypeError(`line number must be 010 and eight digits, got "${svcNo}"`);
    if (fields === null) {
      this.#subscribers.set(svcNo, null);
      return null;
    }
    const current = this.subscriber(svcNo) ?? { ...defaultSubscriber(svcNo, this.now()), svcNo };
    const next = { ...current, ...fields, svcNo };
    this.#subscribers.set(svcNo, next);
    return { ...next };
  }

  /** The plan the line had during `yearMonth`. */
  productAt(subscriber: Subscriber, yearMonth: string): string {
    const history = this.#planHistory.get(subscriber.svcNo) ?? [];
    const entry = [...history].reverse().find((change) => change.fromYm <= yearMonth);
    return entry?.prodCd ?? history[0]?.prodCd ?? subscriber.prodCd;
  }

  /** Since when (`YYYYMM`) the line has had its current plan. */
  productSince(subscriber: Subscriber): string {
    return this.#planHistory.get(subscriber.svcNo)?.at(-1)?.fromYm ?? subscriber.activationDt.slice(0, 6);
  }

  /** Makes later product changes of a line fail with E3006 (a block our callers cannot see in advance). */
  blockOrders(svcNo: string, message: string = REJECTIONS.BLOCKED.message): void {
    this.#blocks.set(svcNo, message);
  }

  unblockOrders(svcNo: string): void {
    this.#blocks.delete(svcNo);
  }

  order(extReqId: string): ProductChangeOrder | null {
    const order = this.#orders.get(extReqId);
    return order ? { ...order } : null;
  }

  /** Product changes KOS applied, oldest first (to prove none was applied twice). */
  appliedOrders(svcNo?: string): ProductChangeOrder[] {
    return [...this.#orders.values()].filter((order) => order.status === 'COMPLETED' && (!svcNo || order.svcNo === svcNo)).map((order) => ({ ...order }));
  }

  /** Validates and applies one product change, recording it under the caller's request id. */
  submitProductChange(request: { extReqId: string; svcNo: string; prodCd: string }): OrderOutcome {
    const existing = this.#orders.get(request.extReqId);
    if (existing) return { kind: 'duplicate', order: { ...existing } };
    const subscriber = this.subscriber(request.svcNo);
    if (!subscriber) return { kind: 'rejected', ...REJECTIONS.UNKNOWN_SUBSCRIBER, order: null };

    const now = this.now();
    const rejection = this.#rejectionFor(subscriber, request.prodCd, now);
    const order: ProductChangeOrder = {
      orderNo: rejection ? null : this.#nextOrderNo(now),
      extReqId: request.extReqId,
      svcNo: subscriber.svcNo,
      fromProdCd: subscriber.prodCd,
      toProdCd: request.prodCd,
      status: rejection ? 'REJECTED' : 'COMPLETED',
      rejectCode: rejection?.code ?? null,
      rejectMessage: rejection?.message ?? null,
      requestedAt: now.toISOString(),
      completedAt: rejection ? null : now.toISOString(),
    };
    this.#orders.set(request.extReqId, order);
    if (rejection) return { kind: 'rejected', httpStatus: rejection.httpStatus, code: rejection.code, message: rejection.message, order: { ...order } };

    const history = this.#planHistory.get(subscriber.svcNo) ?? [{ fromYm: subscriber.activationDt.slice(0, 6), prodCd: subscriber.prodCd }];
    history.push({ fromYm: kstYearMonth(now), prodCd: request.prodCd });
    this.#planHistory.set(subscriber.svcNo, history);
    this.setSubscriber(subscriber.svcNo, { prodCd: request.prodCd });
    return { kind: 'applied', order: { ...order } };
  }

  reset(): void {
    this.#subscribers.clear();
    this.#planHistory.clear();
    this.#orders.clear();
    this.#blocks.clear();
    this.#sequence = 0;
    this.answerDelayAfterApplyMs = 0;
    this.orderFaults = { failNext: 0, hangNext: 0 };
    this.now = () => new Date();
  }

  #rejectionFor(subscriber: Subscriber, prodCd: string, now: Date): { code: string; message: string; httpStatus: number } | null {
    const target = productByCode(prodCd);
    const current = productByCode(subscriber.prodCd);
    const blocked = this.#blocks.get(subscriber.svcNo);
    if (blocked !== undefined) return { ...REJECTIONS.BLOCKED, message: blocked };
    if (subscriber.svcStatus !== 'ACTIVE') return REJECTIONS.SUSPENDED;
    if (subscriber.overdueAmt > 0) return REJECTIONS.OVERDUE;
    if (!target || target.saleStatus !== 'ON_SALE') return REJECTIONS.NOT_ON_SALE;
    if (target.prodCd === subscriber.prodCd) return REJECTIONS.SAME_PRODUCT;
    if (target.networkType === '5G' && subscriber.deviceNetwork !== '5G') return REJECTIONS.DEVICE;
    if (contractRunning(subscriber, now) && current && target.monthlyFee < current.monthlyFee) return REJECTIONS.CONTRACT;
    return null;
  }

  #nextOrderNo(now: Date): string {
    this.#sequence += 1;
    return `KOS${now.toISOString().slice(0, 10).replace(/-/g, '')}${String(this.#sequence).padStart(6, '0')}`;
  }
}
