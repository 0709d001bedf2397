/** A bill as billing works with it, whatever shape KOS writes it in (adapters/kos.ts maps it). */
export type BillPaymentStatus = 'PAID' | 'UNPAID' | 'OVERDUE';

export interface BillLine {
  code: string;
  name: string;
  amountKrw: number;
}

export interface CarrierBill {
  month: string;
  usageFrom: string;
  usageTo: string;
  productCode: string;
  items: BillLine[];
  discounts: BillLine[];
  totalKrw: number;
  dueDate: string;
  paymentStatus: BillPaymentStatus;
  paidOn: string | null;
}

export interface BillSummary {
  month: string;
  totalKrw: number;
  dueDate: string;
  paymentStatus: BillPaymentStatus;
  paidOn: string | null;
}
