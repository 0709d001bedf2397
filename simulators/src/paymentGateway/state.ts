import { randomBytes } from 'node:crypto';
import type { SimulatorState } from '../simulator.ts';
import { declineFor, type Decline } from './declines.ts';

export type PaymentMethod = 'CARD' | 'TRANSFER' | 'EASY_PAY';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['CARD', 'TRANSFER', 'EASY_PAY'];

export interface PgCancel {
  transactionKey: string;
  cancelAmount: number;
  cancelReason: string;
  canceledAt: string;
}

/** A payment as the gateway reports it (the shape of a Korean PG's payment object). */
export interface PgPayment {
  paymentKey: string;
  orderId: string;
  orderName: string;
  method: PaymentMethod;
  /** DONE approved; ABORTED declined; PARTIAL_CANCELED / CANCELED after refunds. */
  status: 'DONE' | 'ABORTED' | 'PARTIAL_CANCELED' | 'CANCELED';
  totalAmount: number;
  /** What is left to refund. */
  balanceAmount: number;
  requestedAt: string;
  approvedAt: string | null;
  approveNo: string | null;
  failure: Decline | null;
  cancels: PgCancel[];
}

/** A stored answer, replayed for a request with the same Idempotency-Key and the same content. */
export interface IdempotentAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

export type CancelOutcome =
  | { ok: true; payment: PgPayment }
  | { ok: false; status: number; code: string; message: string };

/**
 * The payment gateway's data: payments by key and by the merchant's order id, stored answers by idempotency
 * key, and test controls (force the next decline, answer late after processing).
 */
export class PaymentGatewayState implements SimulatorState {
  readonly #payments = new Map<string, PgPayment>();
  readonly #byOrderId = new Map<string, string>();
  readonly #answers = new Map<string, IdempotentAnswer>();
  #forcedDeclines: Decline[] = [];
  /** Processes a request at once but holds the answer this long (a gateway that answers after the caller's timeout). */
  answerDelayMs = 0;

  payment(paymentKey: string): PgPayment | null {
    const payment = this.#payments.get(paymentKey);
    return payment ? structuredClone(payment) : null;
  }

  paymentByOrderId(orderId: string): PgPayment | null {
    const key = this.#byOrderId.get(orderId);
    return key ? this.payment(key) : null;
  }

  /** Every payment, oldest first (to prove a payment was charged exactly once). */
  payments(): PgPayment[] {
    return [...this.#payments.values()].map((payment) => structuredClone(payment));
  }

  /** The next payment is declined with `decline` whatever its amount. */
  declineNext(decline: Decline): void {
    this.#forcedDeclines.push(decline);
  }

  storedAnswer(idempotencyKey: string): IdempotentAnswer | undefined {
    return this.#answers.get(idempotencyKey);
  }

  storeAnswer(idempotencyKey: string, answer: IdempotentAnswer): void {
    this.#answers.set(idempotencyKey, answer);
  }

  hasOrder(orderId: string): boolean {
    return this.#byOrderId.has(orderId);
  }

  /** Authorises and captures a payment (approved or declined; both are recorded and can be looked up). */
  pay(request: { orderId: string; orderName: string; amount: number; method: PaymentMethod }): PgPayment {
    const decline = this.#forcedDeclines.shift() ?? declineFor(request.amount);
    const now = new Date().toISOString();
    const payment: PgPayment = {
      paymentKey: `pk_${randomBytes(12).toString('hex')}`,
      orderId: request.orderId,
      orderName: request.orderName,
      method: request.method,
      status: decline ? 'ABORTED' : 'DONE',
      totalAmount: request.amount,
      balanceAmount: decline ? 0 : request.amount,
      requestedAt: now,
      approvedAt: decline ? null : now,
      approveNo: decline ? null : String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0'),
      failure: decline,
      cancels: [],
    };
    this.#payments.set(payment.paymentKey, payment);
    this.#byOrderId.set(payment.orderId, payment.paymentKey);
    return structuredClone(payment);
  }

  /** Refunds all of what is left, or `amount` of it. */
  cancel(paymentKey: string, request: { amount?: number; reason: string }): CancelOutcome {
    const payment = this.#payments.get(paymentKey);
    if (!payment) return { ok: false, status: 404, code: 'NOT_FOUND_PAYMENT', message: '존재하지 않는 결제입니다.' };
    if (payment.status === 'ABORTED' || payment.balanceAmount === 0) {
      return { ok: false, status: 403, code: 'NOT_CANCELABLE_PAYMENT', message: '취소할 수 없는 결제입니다.' };
    }
    const amount = request.amount ?? payment.balanceAmount;
    if (amount > payment.balanceAmount) {
      return { ok: false, status: 400, code: 'NOT_CANCELABLE_AMOUNT', message: '취소 가능 금액을 초과했습니다.' };
    }
    payment.balanceAmount -= amount;
    payment.status = payment.balanceAmount === 0 ? 'CANCELED' : 'PARTIAL_CANCELED';
    payment.cancels.push({ transactionKey: `tk_${randomBytes(10).toString('hex')}`, cancelAmount: amount, cancelReason: request.reason, canceledAt: new Date().toISOString() });
    return { ok: true, payment: structuredClone(payment) };
  }

  reset(): void {
    this.#payments.clear();
    this.#byOrderId.clear();
    this.#answers.clear();
    this.#forcedDeclines = [];
    this.answerDelayMs = 0;
  }
}
