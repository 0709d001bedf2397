import { createHash } from 'node:crypto';
import { kstDate, kstYearMonth, shiftYearMonth } from './calendar.ts';
import { KOS_PRODUCTS, type NetworkType } from './products.ts';

/**
 * Subscribers (회선) as KOS knows them. Like the tax office's numbers, any valid mobile number answers without
 * seeding: its data is derived from a hash of the number, so it is the same on every run. A handful of demo
 * numbers have documented data for demos and tests, and tests override anything through the state.
 */
export type LineStatus = 'ACTIVE' | 'SUSPENDED';

export interface Subscriber {
  svcNo: string;
  /** KOS's own id of the subscription contract. */
  svcContId: string;
  svcStatus: LineStatus;
  prodCd: string;
  /** The handset's network: a 5G plan needs a 5G handset. */
  deviceNetwork: NetworkType;
  /** Last day (YYYYMMDD) of a discount contract (선택약정), or null. */
  contractEndDt: string | null;
  /** Unpaid amount past its due date, in won. */
  overdueAmt: number;
  /** YYYYMMDD the line was opened. */
  activationDt: string;
  /** Value-added services on the line (컬러링 and the like), charged monthly. */
  vas: readonly { code: string; name: string; fee: number }[];
  /** Whether the line is in a family bundle (가족결합) discount. */
  bundled: boolean;
}

/** Korean mobile numbers as KOS takes them: 010 and eight digits, no hyphens. */
export function isLineNumber(value: unknown): value is string {
  return typeof value === 'string' && /^010[0-9]{8}$/.test(value);
}

/** Numbers ending in 0000 are not subscribers of this carrier (the default rule's "unknown number"). */
export function isUnknownByDefault(svcNo: string): boolean {
  return svcNo.endsWith('0000');
}

/**
 * Numbers with fixed, documented data (simulators/README.md). The first two are the phones of the demo
 * customer and owner accounts, so the demo lines are theirs; the 0109999… numbers each show one precheck rule.
 */
export const DEMO_LINE_NUMBERS = {
  customer: '01000000003',
  customerSecond: '01000000013',
  owner: '01000000001',
  suspended: '01099990001',
  overdue: '01099990002',
  contract: '01099990003',
  lteHandset: '01099990004',
  orderBlocked: '01099990005',
  unknown: '01099990000',
} as const;

const ON_SALE_CODES = KOS_PRODUCTS.filter((product) => product.saleStatus === 'ON_SALE').map((product) => product.prodCd);
const COLOUR_RING = { code: 'VAS_COLORING', name: '컬러링', fee: 1_650 };
const SPAM_BLOCK = { code: 'VAS_SPAM_GUARD', name: '스팸차단 플러스', fee: 990 };

function networkOf(prodCd: string): NetworkType {
  return KOS_PRODUCTS.find((product) => product.prodCd === prodCd)?.networkType ?? 'LTE';
}

/** The subscriber a number stands for under the default rule, as of `now`. */
export function defaultSubscriber(svcNo: string, now: Date): Subscriber {
  const hash = createHash('sha256').update(svcNo).digest();
  const prodCd = ON_SALE_CODES[hash[0]! % ON_SALE_CODES.length]!;
  const monthsOpen = 6 + (hash[1]! % 30);
  const activationYm = shiftYearMonth(kstYearMonth(now), -monthsOpen);
  const contracted = hash[2]! % 3 === 0;
  const base: Subscriber = {
    svcNo,
    svcContId: `SC${hash.readUInt32BE(4).toString().padStart(10, '0')}`,
    svcStatus: 'ACTIVE',
    prodCd,
    deviceNetwork: networkOf(prodCd) === '5G' || hash[3]! % 2 === 0 ? '5G' : 'LTE',
    contractEndDt: contracted ? `${shiftYearMonth(activationYm, 24)}28` : null,
    overdueAmt: 0,
    activationDt: `${activationYm}${String(1 + (hash[8]! % 28)).padStart(2, '0')}`,
    vas: [...(hash[9]! % 2 === 0 ? [COLOUR_RING] : []), ...(hash[10]! % 3 === 0 ? [SPAM_BLOCK] : [])],
    bundled: hash[11]! % 4 === 0,
  };
  return { ...base, ...demoOverrides(svcNo, now) };
}

function demoOverrides(svcNo: string, now: Date): Partial<Subscriber> {
  const thisMonth = kstYearMonth(now);
  const opened = `${shiftYearMonth(thisMonth, -18)}15`;
  const common = { activationDt: opened, contractEndDt: null, overdueAmt: 0, svcStatus: 'ACTIVE' as const, vas: [], bundled: false };
  switch (svcNo) {
    case DEMO_LINE_NUMBERS.customer:
      return { ...common, prodCd: 'LTE_DATA_11G', deviceNetwork: '5G', vas: [COLOUR_RING], bundled: true };
    case DEMO_LINE_NUMBERS.customerSecond:
      return { ...common, prodCd: 'LTE_DATA_1_5G', deviceNetwork: 'LTE' };
    case DEMO_LINE_NUMBERS.owner:
      return { ...common, prodCd: '5G_STANDARD_150G', deviceNetwork: '5G', vas: [SPAM_BLOCK] };
    case DEMO_LINE_NUMBERS.suspended:
      return { ...common, prodCd: 'LTE_DATA_7G', deviceNetwork: 'LTE', svcStatus: 'SUSPENDED' };
    case DEMO_LINE_NUMBERS.overdue:
      return { ...common, prodCd: 'LTE_DATA_7G', deviceNetwork: '5G', overdueAmt: 45_600 };
    case DEMO_LINE_NUMBERS.contract:
      return { ...common, prodCd: '5G_PREMIUM_UNLIMITED', deviceNetwork: '5G', contractEndDt: `${shiftYearMonth(thisMonth, 20)}28` };
    case DEMO_LINE_NUMBERS.lteHandset:
      return { ...common, prodCd: 'LTE_DATA_7G', deviceNetwork: 'LTE' };
    case DEMO_LINE_NUMBERS.orderBlocked:
      return { ...common, prodCd: 'LTE_DATA_11G', deviceNetwork: '5G' };
    default:
      return {};
  }
}

/** Whether `svcNo`'s default contract is still running on `now`. */
export function contractRunning(subscriber: Subscriber, now: Date): boolean {
  return subscriber.contractEndDt !== null && subscriber.contractEndDt >= kstDate(now);
}
