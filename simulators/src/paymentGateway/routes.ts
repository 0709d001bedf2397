import type { NextFunction, Request, Response, Router } from 'express';
import { bodyErrorOf } from '../bodyParsing.ts';
import { PAYMENT_METHODS, type PaymentGatewayState, type PaymentMethod } from './state.ts';

/** The smallest payment the gateway takes, in won. */
export const MIN_PAYMENT_AMOUNT = 100;
const ORDER_ID = /^[A-Za-z0-9_-]{6,64}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:.-]{1,300}$/;

interface Answer {
  status: number;
  body: unknown;
}

const error = (status: number, code: string, message: string): Answer => ({ status, body: { code, message } });

/**
 * Merchants authenticate with HTTP Basic, their secret key as the user name and no password, as Korean PGs
 * do. Any key of the documented shape (`test_sk_…` or `live_sk_…`) is accepted.
 */
function requireSecretKey(req: Request, res: Response, next: NextFunction): void {
  const header = req.header('authorization') ?? '';
  const decoded = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : '';
  if (!/^(test|live)_sk_[A-Za-z0-9_]+:$/.test(decoded)) {
    res.status(401).json({ code: 'UNAUTHORIZED_KEY', message: '인증되지 않은 시크릿 키입니다.' });
    return;
  }
  next();
}

/**
 * Runs a POST under its Idempotency-Key: the first request with a key is processed and its answer stored; a
 * later one with the same key and the same content gets that answer again (`Idempotent-Replayed: true`)
 * without being processed; the same key with different content is refused.
 */
function idempotent(state: PaymentGatewayState, process: (req: Request, res: Response) => Answer) {
  return (req: Request, res: Response): void => {
    const key = req.header('idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) return send(state, res, error(400, 'INVALID_REQUEST', 'Idempotency-Key 형식이 올바르지 않습니다.'));
    const fingerprint = `${req.method} ${req.path} ${JSON.stringify(req.body ?? null)}`;
    const stored = key ? state.storedAnswer(key) : undefined;
    if (stored) {
      if (stored.fingerprint !== fingerprint) return send(state, res, error(422, 'IDEMPOTENT_REQUEST_MISMATCH', '같은 멱등키로 다른 요청을 보낼 수 없습니다.'));
      res.setHeader('idempotent-replayed', 'true');
      return send(state, res, stored);
    }
    const answer = process(req, res);
    if (key) state.storeAnswer(key, { fingerprint, ...answer });
    send(state, res, answer);
  };
}

function send(state: PaymentGatewayState, res: Response, answer: Answer): void {
  const write = () => {
    if (!res.writableEnded) res.status(answer.status).json(answer.body);
  };
  if (state.answerDelayMs > 0) setTimeout(write, state.answerDelayMs).unref();
  else write();
}

function pay(state: PaymentGatewayState, req: Request, res: Response): Answer {
  const body = (req.body ?? {}) as { orderId?: unknown; orderName?: unknown; amount?: unknown; method?: unknown };
  if (bodyErrorOf(res) || typeof body.orderId !== 'string' || !ORDER_ID.test(body.orderId)) return error(400, 'INVALID_REQUEST', 'orderId는 6~64자의 영문, 숫자, -, _ 입니다.');
  if (typeof body.orderName !== 'string' || body.orderName.length < 1 || body.orderName.length > 100) return error(400, 'INVALID_REQUEST', 'orderName은 1~100자입니다.');
  if (typeof body.amount !== 'number' || !Number.isInteger(body.amount) || body.amount < MIN_PAYMENT_AMOUNT) return error(400, 'INVALID_REQUEST', `amount는 ${MIN_PAYMENT_AMOUNT}원 이상의 정수입니다.`);
  if (!PAYMENT_METHODS.includes(body.method as PaymentMethod)) return error(400, 'INVALID_REQUEST', `method는 ${PAYMENT_METHODS.join(', ')} 중 하나입니다.`);
  if (state.hasOrder(body.orderId)) return error(409, 'DUPLICATED_ORDER_ID', '이미 결제된 주문번호입니다.');
  const payment = state.pay({ orderId: body.orderId, orderName: body.orderName, amount: body.amount, method: body.method as PaymentMethod });
  if (payment.failure) return error(403, payment.failure.code, payment.failure.message);
  return { status: 200, body: payment };
}

function cancel(state: PaymentGatewayState, req: Request, res: Response): Answer {
  const body = (req.body ?? {}) as { cancelReason?: unknown; cancelAmount?: unknown };
  if (bodyErrorOf(res) || typeof body.cancelReason !== 'string' || body.cancelReason.length < 1 || body.cancelReason.length > 200) {
    return error(400, 'INVALID_REQUEST', 'cancelReason은 1~200자입니다.');
  }
  if (body.cancelAmount !== undefined && (typeof body.cancelAmount !== 'number' || !Number.isInteger(body.cancelAmount) || body.cancelAmount < 1)) {
    return error(400, 'INVALID_REQUEST', 'cancelAmount는 1원 이상의 정수입니다.');
  }
  const outcome = state.cancel(String(req.params.paymentKey), { reason: body.cancelReason, ...(body.cancelAmount === undefined ? {} : { amount: body.cancelAmount }) });
  return outcome.ok ? { status: 200, body: outcome.payment } : error(outcome.status, outcome.code, outcome.message);
}

/**
 * The payment API under /v1: approve a payment (approved or declined with a reason), look it up by payment
 * key or by the merchant's order id, refund it in full or in part.
 */
export function mountPaymentGatewayRoutes(router: Router, state: PaymentGatewayState): void {
  router.use(requireSecretKey);
  router.post('/v1/payments', idempotent(state, (req, res) => pay(state, req, res)));
  router.get('/v1/payments/orders/:orderId', (req, res) => {
    const payment = state.paymentByOrderId(String(req.params.orderId));
    if (!payment) return void send(state, res, error(404, 'NOT_FOUND_PAYMENT', '존재하지 않는 결제입니다.'));
    send(state, res, { status: 200, body: payment });
  });
  router.get('/v1/payments/:paymentKey', (req, res) => {
    const payment = state.payment(String(req.params.paymentKey));
    if (!payment) return void send(state, res, error(404, 'NOT_FOUND_PAYMENT', '존재하지 않는 결제입니다.'));
    send(state, res, { status: 200, body: payment });
  });
  router.post('/v1/payments/:paymentKey/cancel', idempotent(state, (req, res) => cancel(state, req, res)));
}
