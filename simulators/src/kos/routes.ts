import type { NextFunction, Request, Response, Router } from 'express';
import { bodyErrorOf } from '../bodyParsing.ts';
import { billIssued, billOf } from './bills.ts';
import { isYearMonth, kstYearMonth, shiftYearMonth, yearMonthsBetween } from './calendar.ts';
import { KOS_PRODUCTS, productByCode } from './products.ts';
import type { KosState } from './state.ts';
import { isLineNumber, type Subscriber } from './subscribers.ts';

/** Longest range of months one bill-list call may ask for (KOS keeps two years online). */
export const MAX_BILL_LIST_MONTHS = 24;
/** Largest page of the product catalogue. */
export const MAX_PRODUCT_PAGE_SIZE = 50;
const OK = { resultCode: '0000', resultMessage: '정상 처리되었습니다.' };

function fail(res: Response, status: number, resultCode: string, resultMessage: string, data?: unknown): void {
  res.status(status).json({ resultCode, resultMessage, ...(data === undefined ? {} : { data }) });
}

/** Every KOS call carries the partner's API key (any non-empty key is accepted here). */
function requireApiKey(req: Request, res: Response, next: NextFunction): void {
  if (!req.header('x-api-key')) return fail(res, 401, 'E0401', '인증 정보가 없습니다.');
  next();
}

function withSubscriber(state: KosState, handler: (subscriber: Subscriber, req: Request, res: Response) => void) {
  return (req: Request, res: Response): void => {
    const svcNo = String(req.params.svcNo);
    if (!isLineNumber(svcNo)) return fail(res, 400, 'E0400', '회선 번호 형식이 올바르지 않습니다.');
    const subscriber = state.subscriber(svcNo);
    if (!subscriber) return fail(res, 404, 'E1001', '존재하지 않는 회선입니다.');
    handler(subscriber, req, res);
  };
}

/**
 * The KOS-Order API under /api/v1: subscriber lookup (with the current plan), bills by month and as a list,
 * the product catalogue (paged), product-change orders and their lookup by the caller's request id.
 */
export function mountKosRoutes(router: Router, state: KosState): void {
  router.use(requireApiKey);

  router.get('/api/v1/subscribers/:svcNo', withSubscriber(state, (subscriber, _req, res) => {
    const product = productByCode(subscriber.prodCd);
    res.json({ ...OK, data: { ...subscriber, prodNm: product?.prodNm ?? null, prodStartYm: state.productSince(subscriber) } });
  }));

  router.get('/api/v1/subscribers/:svcNo/bills/:billYm', withSubscriber(state, (subscriber, req, res) => {
    const billYm = String(req.params.billYm);
    if (!isYearMonth(billYm)) return fail(res, 400, 'E0400', '청구월 형식이 올바르지 않습니다 (YYYYMM).');
    const now = state.now();
    if (!billIssued(subscriber, billYm, now)) return fail(res, 404, 'E2001', '해당 월의 청구 내역이 없습니다.');
    res.json({ ...OK, data: billOf(subscriber, billYm, state.productAt(subscriber, shiftYearMonth(billYm, -1)), now) });
  }));

  router.get('/api/v1/subscribers/:svcNo/bills', withSubscriber(state, (subscriber, req, res) => {
    const now = state.now();
    const toYm = req.query.toYm ?? kstYearMonth(now);
    const fromYm = req.query.fromYm ?? shiftYearMonth(String(toYm), -5);
    if (!isYearMonth(fromYm) || !isYearMonth(toYm) || fromYm > toYm) return fail(res, 400, 'E0400', '조회 기간이 올바르지 않습니다.');
    const months = yearMonthsBetween(fromYm, toYm);
    if (months.length > MAX_BILL_LIST_MONTHS) return fail(res, 400, 'E0400', `조회 기간은 최대 ${MAX_BILL_LIST_MONTHS}개월입니다.`);
    const bills = months
      .filter((billYm) => billIssued(subscriber, billYm, now))
      .map((billYm) => billOf(subscriber, billYm, state.productAt(subscriber, shiftYearMonth(billYm, -1)), now))
      .map(({ billYm, totalAmt, dueDt, payStatus, paidDt }) => ({ billYm, totalAmt, dueDt, payStatus, paidDt }))
      .reverse();
    res.json({ ...OK, data: { svcNo: subscriber.svcNo, fromYm, toYm, bills } });
  }));

  router.get('/api/v1/products', (req, res) => {
    const page = Number(req.query.page ?? 1);
    const size = Number(req.query.size ?? 20);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > MAX_PRODUCT_PAGE_SIZE) {
      return fail(res, 400, 'E0400', `page는 1 이상, size는 1~${MAX_PRODUCT_PAGE_SIZE} 입니다.`);
    }
    const products = KOS_PRODUCTS.slice((page - 1) * size, page * size);
    res.json({ ...OK, data: { totalCount: KOS_PRODUCTS.length, page, size, products } });
  });

  router.post('/api/v1/orders/product-change', (req, res) => {
    const body = (req.body ?? {}) as { extReqId?: unknown; svcNo?: unknown; prodCd?: unknown };
    if (bodyErrorOf(res) || typeof body.extReqId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(body.extReqId) || !isLineNumber(body.svcNo) || typeof body.prodCd !== 'string') {
      return fail(res, 400, 'E0400', '요청 형식이 올바르지 않습니다.');
    }
    if (state.orderFaults.hangNext > 0) {
      state.orderFaults.hangNext -= 1;
      return;
    }
    if (state.orderFaults.failNext > 0) {
      state.orderFaults.failNext -= 1;
      return fail(res, 503, 'E5003', '주문 시스템 점검 중입니다. 잠시 후 다시 시도해 주세요.');
    }
    const outcome = state.submitProductChange({ extReqId: body.extReqId, svcNo: body.svcNo, prodCd: body.prodCd });
    if (outcome.kind === 'duplicate') return fail(res, 409, 'E3009', '이미 접수된 요청입니다.', outcome.order);
    if (outcome.kind === 'rejected') return fail(res, outcome.httpStatus, outcome.code, outcome.message, outcome.order ?? undefined);
    const answer = () => {
      if (!res.writableEnded) res.json({ ...OK, data: outcome.order });
    };
    if (state.answerDelayAfterApplyMs > 0) setTimeout(answer, state.answerDelayAfterApplyMs).unref();
    else answer();
  });

  router.get('/api/v1/orders/product-change/:extReqId', (req, res) => {
    const order = state.order(String(req.params.extReqId));
    if (!order) return fail(res, 404, 'E4004', '접수된 요청이 없습니다.');
    res.json({ ...OK, data: order });
  });
}
