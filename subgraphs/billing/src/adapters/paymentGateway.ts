import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import type { PaymentMethod } from '../domain/payment.ts';

/** The external system's name in logs, breaker states (/readyz) and errors. */
export const PAYMENT_GATEWAY = 'payment-gateway';

/** The gateway's names for our payment methods. */
const METHOD_CODES: Record<PaymentMethod, string> = { CARD: 'CARD', BANK_TRANSFER: 'TRANSFER', EASY_PAY: 'EASY_PAY' };

interface GatewayPayment {
  paymentKey: string;
  orderId: string;
  status: 'DONE' | 'ABORTED' | 'PARTIAL_CANCELED' | 'CANCELED';
  totalAmount: number;
  balanceAmount: number;
  approvedAt: string | null;
  approveNo: string | null;
  failure: { code: string; message: string } | null;
  cancels: { transactionKey: string; cancelAmount: number; canceledAt: string }[];
}

interface GatewayError {
  code?: string;
  message?: string;
}

/** What the gateway decided about a payment. */
export type PaymentOutcome =
  | { kind: 'approved'; paymentKey: string; approvalNumber: string | null; approvedAt: Date }
  | { kind: 'declined'; code: string; message: string };

/** What the gateway decided about a refund. */
export type RefundOutcome =
  | { kind: 'refunded'; transactionKey: string; refundedAt: Date }
  | { kind: 'refused'; code: string; message: string };

export interface PaymentGateway {
  /** Approves (or declines) a payment; `orderId` doubles as the idempotency key. Throws when the outcome is unknown. */
  pay(request: { orderId: string; orderName: string; amountKrw: number; method: PaymentMethod }): Promise<PaymentOutcome>;
  /** What became of a payment we sent, or null when the gateway never received it. */
  paymentByOrderId(orderId: string): Promise<PaymentOutcome | null>;
  /** Refunds `amountKrw` of a payment under an idempotency key (resending it is always safe). */
  refund(request: { paymentKey: string; amountKrw: number; reason: string; idempotencyKey: string }): Promise<RefundOutcome>;
  readonly breakerState: string;
}

/**
 * Client of the card payment gateway, every call one attempt through the resilience policy. Declines and
 * refusals are values (the card company said no); an UpstreamError means the outcome is unknown or the
 * request was malformed, and its `transient` says whether it counts against the circuit breaker.
 */
export function createPaymentGateway(options: { baseUrl: string; secretKey: string; policy: ResiliencePolicy }): PaymentGateway {
  const { baseUrl, policy } = options;
  const authorization = `Basic ${Buffer.from(`${options.secretKey}:`).toString('base64')}`;
  const call = <T>(request: { method?: 'GET' | 'POST'; path: string; body?: unknown; idempotencyKey?: string }) =>
    policy.executeOnce((signal) =>
      requestJson<T>(PAYMENT_GATEWAY, baseUrl, {
        method: request.method,
        path: request.path,
        body: request.body,
        headers: { authorization, ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}) },
        signal,
      }),
    );

  async function lookup(orderId: string): Promise<PaymentOutcome | null> {
    try {
      return toPaymentOutcome(await call<GatewayPayment>({ path: `/v1/payments/orders/${encodeURIComponent(orderId)}` }));
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 404) return null;
      throw error;
    }
  }

  return {
    async pay(request) {
      try {
        const body = { orderId: request.orderId, orderName: request.orderName, amount: request.amountKrw, method: METHOD_CODES[request.method] };
        return toPaymentOutcome(await call<GatewayPayment>({ method: 'POST', path: '/v1/payments', body, idempotencyKey: request.orderId }));
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        const refusal = error.body as GatewayError | undefined;
        // 403: the card company or bank declined; the code says why.
        if (error.status === 403 && refusal?.code) return { kind: 'declined', code: refusal.code, message: refusal.message ?? 'The payment was declined.' };
        // 409: the order id was already paid (under another key): its payment is the answer.
        if (error.status === 409) {
          const known = await lookup(request.orderId);
          if (known) return known;
        }
        throw error;
      }
    },
    paymentByOrderId: lookup,
    async refund(request) {
      try {
        const payment = await call<GatewayPayment>({
          method: 'POST',
          path: `/v1/payments/${encodeURIComponent(request.paymentKey)}/cancel`,
          body: { cancelReason: request.reason, cancelAmount: request.amountKrw },
          idempotencyKey: request.idempotencyKey,
        });
        const cancel = payment.cancels.at(-1);
        if (!cancel) throw new UpstreamError(PAYMENT_GATEWAY, 'the gateway answered a refund without a cancel record', { status: 200, transient: false });
        return { kind: 'refunded', transactionKey: cancel.transactionKey, refundedAt: new Date(cancel.canceledAt) };
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        const refusal = error.body as GatewayError | undefined;
        if ((error.status === 400 || error.status === 403 || error.status === 404) && refusal?.code && refusal.code !== 'INVALID_REQUEST') {
          return { kind: 'refused', code: refusal.code, message: refusal.message ?? 'The gateway refused the refund.' };
        }
        throw error;
      }
    },
    get breakerState() {
      return policy.state;
    },
  };
}

function toPaymentOutcome(payment: GatewayPayment): PaymentOutcome {
  if (payment.status === 'ABORTED') {
    return { kind: 'declined', code: payment.failure?.code ?? 'DECLINED', message: payment.failure?.message ?? 'The payment was declined.' };
  }
  return { kind: 'approved', paymentKey: payment.paymentKey, approvalNumber: payment.approveNo, approvedAt: new Date(payment.approvedAt ?? Date.now()) };
}
