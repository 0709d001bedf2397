import type { BillSummary, CarrierBill } from '../domain/bill.ts';
import type { Ineligibility } from '../domain/precheck.ts';
import type { NetworkType, Product } from '../domain/product.ts';
import type { Line } from '../entities/index.ts';

/** A User or Event as billing knows it: by key only (their owners resolve the rest). */
export interface EntityReference {
  id: string;
}

/**
 * What the GraphQL types without a table of their own resolve from (codegen maps them here): answers of the
 * carrier, with the line they belong to and how fresh they are.
 */
export interface BillView extends CarrierBill {
  line: Line;
  fetchedAt: Date;
  stale: boolean;
  cached: boolean;
}

export interface BillHistoryView {
  line: Line;
  fromMonth: string;
  toMonth: string;
  bills: BillSummary[];
  fetchedAt: Date;
  stale: boolean;
  cached: boolean;
}

export interface CurrentProductView {
  line: Line;
  productCode: string;
  product: Product | null;
  since: string;
  lineStatus: 'ACTIVE' | 'SUSPENDED';
  contractEndsOn: string | null;
  deviceNetwork: NetworkType;
  fetchedAt: Date;
  stale: boolean;
}

export interface PrecheckView {
  line: Line;
  eligible: boolean;
  reasons: Ineligibility[];
  currentProduct: Product | null;
  targetProduct: Product | null;
}

export interface SettlementRowView {
  day: string;
  ownerId: string;
  paymentCount: number;
  grossKrw: number;
  refundCount: number;
  refundedKrw: number;
  netKrw: number;
}

/** A report's period and whose activity it covers (null: everyone); rows and totals are read on demand. */
export interface SettlementReportView {
  from: string;
  to: string;
  ownerId: string | null;
}
