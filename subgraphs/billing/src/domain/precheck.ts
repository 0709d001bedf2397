import type { Product, Subscription } from './product.ts';

/**
 * Whether a line may change to a plan, and every reason it may not (seed 003, 상품변경 사전체크). The rules are
 * the carrier's own (KOS enforces them again on submission): a request that passes here can still be refused
 * by KOS for reasons only it knows (a block on the line), which the request records.
 */
export const INELIGIBILITY_CODES = [
  'LINE_NOT_ACTIVE',
  'SAME_PRODUCT',
  'CHANGE_IN_PROGRESS',
  'OVERDUE_BALANCE',
  'CONTRACT_RESTRICTION',
  'PRODUCT_UNAVAILABLE',
  'DEVICE_NOT_SUPPORTED',
] as const;
export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

export interface Ineligibility {
  code: IneligibilityCode;
  message: string;
}

export interface PrecheckFacts {
  subscription: Subscription;
  /** The line's plan and the wanted one in the catalogue (undefined when the catalogue has no such code). */
  current: Product | undefined;
  target: Product | undefined;
  /** A change of this line is REQUESTED or PENDING. */
  changeInProgress: boolean;
  /** Today, KST (`YYYY-MM-DD`). */
  today: string;
}

const won = (amount: number) => `${amount.toLocaleString('en-US')} won`;

/** Every rule the change breaks, in the order a person would fix them; empty when it is allowed. */
export function precheckProductChange(facts: PrecheckFacts): Ineligibility[] {
  const { subscription, current, target, today } = facts;
  const reasons: Ineligibility[] = [];
  const refuse = (code: IneligibilityCode, message: string) => reasons.push({ code, message });

  if (subscription.status !== 'ACTIVE') refuse('LINE_NOT_ACTIVE', 'The line is suspended; plans can be changed once it is active again.');
  if (facts.changeInProgress) refuse('CHANGE_IN_PROGRESS', 'A plan change of this line is already being processed.');
  if (subscription.overdueKrw > 0) refuse('OVERDUE_BALANCE', `The line has ${won(subscription.overdueKrw)} overdue; pay it before changing plans.`);
  if (!target || !target.onSale) {
    refuse('PRODUCT_UNAVAILABLE', 'This plan is not on sale.');
    return reasons;
  }
  if (target.code === subscription.productCode) refuse('SAME_PRODUCT', 'The line already has this plan.');
  if (target.network === 'FIVE_G' && subscription.deviceNetwork !== 'FIVE_G') refuse('DEVICE_NOT_SUPPORTED', 'This is a 5G plan and the line\'s handset is LTE only.');
  const contractRunning = subscription.contractEndsOn !== null && subscription.contractEndsOn >= today;
  if (contractRunning && current && target.monthlyFeeKrw < current.monthlyFeeKrw) {
    refuse('CONTRACT_RESTRICTION', `The line's discount contract runs until ${subscription.contractEndsOn}; until then it can only move to a plan of the same or a higher fee.`);
  }
  return reasons;
}
