import { GENERAL_TAX_TYPE, STATUS_LABELS, UNREGISTERED_MESSAGE } from './businessStatus.ts';
import type { BusinessRecord } from './state.ts';

/**
 * One element of the NTS response's `data` array, with every field the real API returns so client parsers
 * are exercised against the full shape, not just the fields we read today.
 */
export interface NtsStatusItem {
  b_no: string;
  b_stt: string;
  b_stt_cd: string;
  tax_type: string;
  tax_type_cd: string;
  end_dt: string;
  utcc_yn: string;
  tax_type_change_dt: string;
  invoice_apply_dt: string;
  rbf_tax_type: string;
  rbf_tax_type_cd: string;
}

export function toStatusItem(businessNumber: string, record: BusinessRecord): NtsStatusItem {
  if (record.status === 'UNREGISTERED') {
    return {
      b_no: businessNumber,
      ...STATUS_LABELS.UNREGISTERED,
      tax_type: UNREGISTERED_MESSAGE,
      tax_type_cd: '',
      end_dt: '',
      utcc_yn: '',
      tax_type_change_dt: '',
      invoice_apply_dt: '',
      rbf_tax_type: '',
      rbf_tax_type_cd: '',
    };
  }
  return {
    b_no: businessNumber,
    ...STATUS_LABELS[record.status],
    ...GENERAL_TAX_TYPE,
    end_dt: record.endDate,
    utcc_yn: 'N',
    tax_type_change_dt: '',
    invoice_apply_dt: '',
    rbf_tax_type: '해당없음',
    rbf_tax_type_cd: '99',
  };
}
