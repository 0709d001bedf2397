import { createHash } from 'node:crypto';
import { kstDate, kstYearMonth, lastDayOf, shiftYearMonth } from './calendar.ts';
import { productByCode } from './products.ts';
import { contractRunning, type Subscriber } from './subscribers.ts';

/**
 * Monthly bills as KOS serves them. A bill is named by its billing month (청구월, `billYm`): it is issued on
 * the 1st of that month for the previous month's use and is due on the 25th. Bills exist from the month after
 * the line opened up to the current month. Amounts are in won, VAT included, and derived from a hash of the
 * number and month, so a bill reads the same on every call.
 */
export type PayStatus = 'PAID' | 'UNPAID' | 'OVERDUE';

export interface BillLine {
  code: string;
  name: string;
  amt: number;
}

export interface KosBill {
  svcNo: string;
  billYm: string;
  usePeriod: { from: string; to: string };
  prodCd: string;
  items: BillLine[];
  discounts: BillLine[];
  totalAmt: number;
  dueDt: string;
  payStatus: PayStatus;
  paidDt: string | null;
}

/** Due on the 25th of the billing month (자동이체 출금일). */
const DUE_DAY = '25';
/** 단말기 할부금 of lines under a contract. */
const DEVICE_INSTALMENT = 27_500;
/** 선택약정 할인: 25% of the plan's fee. */
const CONTRACT_DISCOUNT_RATE = 0.25;
/** 가족결합 할인. */
const BUNDLE_DISCOUNT = 5_500;

/** Whether KOS has issued a bill for `billYm` on `now`. */
export function billIssued(subscriber: Subscriber, billYm: string, now: Date): boolean {
  const openedYm = subscriber.activationDt.slice(0, 6);
  return billYm > openedYm && billYm <= kstYearMonth(now);
}

/** The bill for `billYm`; `prodCd` is the plan the line had during the month of use. */
export function billOf(subscriber: Subscriber, billYm: string, prodCd: string, now: Date): KosBill {
  const hash = createHash('sha256').update(`${subscriber.svcNo}:${billYm}`).digest();
  const product = productByCode(prodCd);
  const fee = product?.monthlyFee ?? 0;
  const usageYm = shiftYearMonth(billYm, -1);
  const contracted = contractRunning(subscriber, now);

  const items: BillLine[] = [{ code: 'BASE_FEE', name: `월정액 (${product?.prodNm ?? prodCd})`, amt: fee }];
  for (const service of subscriber.vas) items.push({ code: service.code, name: service.name, amt: service.fee });
  if (hash[0]! % 3 === 0) items.push({ code: 'MICRO_PAYMENT', name: '소액결제', amt: 1_000 * (1 + (hash[1]! % 30)) });
  if (hash[2]! % 5 === 0) items.push({ code: 'DATA_OVERAGE', name: '데이터 초과 사용료', amt: 110 * (10 + (hash[3]! % 90)) });
  if (contracted) items.push({ code: 'DEVICE_INSTALMENT', name: '단말기 할부금', amt: DEVICE_INSTALMENT });

  const discounts: BillLine[] = [];
  if (contracted) discounts.push({ code: 'SELECTIVE_CONTRACT', name: '선택약정 할인 (25%)', amt: Math.round(fee * CONTRACT_DISCOUNT_RATE) });
  if (subscriber.bundled) discounts.push({ code: 'FAMILY_BUNDLE', name: '가족결합 할인', amt: BUNDLE_DISCOUNT });

  const charged = items.reduce((sum, item) => sum + item.amt, 0);
  const discounted = discounts.reduce((sum, item) => sum + item.amt, 0);
  const dueDt = `${billYm}${DUE_DAY}`;
  const payStatus = payStatusOf(subscriber, billYm, dueDt, now);
  return {
    svcNo: subscriber.svcNo,
    billYm,
    usePeriod: { from: `${usageYm}01`, to: lastDayOf(usageYm) },
    prodCd,
    items,
    discounts,
    totalAmt: Math.max(charged - discounted, 0),
    dueDt,
    payStatus,
    paidDt: payStatus === 'PAID' ? dueDt : null,
  };
}

/**
 * Bills are paid by automatic transfer on the due date. A line with an overdue balance did not pay last
 * month's bill (OVERDUE) and has not paid this month's either.
 */
function payStatusOf(subscriber: Subscriber, billYm: string, dueDt: string, now: Date): PayStatus {
  const thisMonth = kstYearMonth(now);
  if (subscriber.overdueAmt > 0) {
    if (billYm === shiftYearMonth(thisMonth, -1)) return 'OVERDUE';
    if (billYm === thisMonth) return kstDate(now) > dueDt ? 'OVERDUE' : 'UNPAID';
  }
  return kstDate(now) >= dueDt ? 'PAID' : 'UNPAID';
}
