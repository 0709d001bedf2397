/**
 * Test amounts the payment gateway declines, like a PG's test mode: the last three digits of the amount pick
 * the card company's answer (10,401 won is refused by the card company, 50,402 has too little balance, ...).
 * Every other amount up to the per-payment limit is approved. Tests can also force the next decline.
 */
export interface Decline {
  code: string;
  message: string;
}

export const DECLINES = {
  REJECT_CARD_COMPANY: { code: 'REJECT_CARD_COMPANY', message: '카드사에서 결제를 거절했습니다.' },
  INSUFFICIENT_BALANCE: { code: 'INSUFFICIENT_BALANCE', message: '잔액이 부족합니다.' },
  EXCEED_DAILY_LIMIT: { code: 'EXCEED_DAILY_LIMIT', message: '일일 결제 한도를 초과했습니다.' },
  EXPIRED_CARD: { code: 'EXPIRED_CARD', message: '유효기간이 지난 카드입니다.' },
  EXCEED_MAX_AMOUNT: { code: 'EXCEED_MAX_AMOUNT', message: '1회 결제 한도를 초과했습니다.' },
} as const satisfies Record<string, Decline>;

/** The largest single payment the gateway approves, in won. */
export const MAX_PAYMENT_AMOUNT = 50_000_000;

const BY_LAST_DIGITS: Record<number, Decline> = {
  401: DECLINES.REJECT_CARD_COMPANY,
  402: DECLINES.INSUFFICIENT_BALANCE,
  403: DECLINES.EXCEED_DAILY_LIMIT,
  404: DECLINES.EXPIRED_CARD,
};

/** The decline an amount triggers, or null when it is approved. */
export function declineFor(amount: number): Decline | null {
  if (amount > MAX_PAYMENT_AMOUNT) return DECLINES.EXCEED_MAX_AMOUNT;
  return BY_LAST_DIGITS[amount % 1000] ?? null;
}
