/** The network a plan runs on and a handset supports (GraphQL `NetworkType`). */
export const NETWORK_TYPES = ['LTE', 'FIVE_G'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** A rate plan of the carrier's catalogue. Allowances are null when unlimited. */
export interface Product {
  code: string;
  name: string;
  /** Per month, VAT included. */
  monthlyFeeKrw: number;
  dataMb: number | null;
  voiceMinutes: number | null;
  smsCount: number | null;
  network: NetworkType;
  /** Plans no longer sold stay on the lines that have them; nobody may change to them. */
  onSale: boolean;
}

/** What KOS says about a line at this moment. */
export interface Subscription {
  subscriberId: string;
  status: 'ACTIVE' | 'SUSPENDED';
  productCode: string;
  /** The month the current plan started (`YYYY-MM`). */
  productSince: string;
  deviceNetwork: NetworkType;
  /** Last day of a discount contract (선택약정), or null. */
  contractEndsOn: string | null;
  /** Unpaid won past their due date. */
  overdueKrw: number;
  openedOn: string;
}
