/**
 * The four states a business number can be in, and how the NTS API spells each one. Kept apart from the
 * routes so the wording (which clients parse) lives in exactly one place.
 */
export const BUSINESS_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED', 'UNREGISTERED'] as const;

export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

export function isBusinessStatus(value: unknown): value is BusinessStatus {
  return typeof value === 'string' && (BUSINESS_STATUSES as readonly string[]).includes(value);
}

/** b_stt / b_stt_cd as the NTS returns them; UNREGISTERED has empty codes. */
export const STATUS_LABELS: Record<BusinessStatus, { b_stt: string; b_stt_cd: string }> = {
  ACTIVE: { b_stt: '계속사업자', b_stt_cd: '01' },
  SUSPENDED: { b_stt: '휴업자', b_stt_cd: '02' },
  CLOSED: { b_stt: '폐업자', b_stt_cd: '03' },
  UNREGISTERED: { b_stt: '', b_stt_cd: '' },
};

/** Every registered business in the simulator is a general VAT taxpayer; nothing needs more yet. */
export const GENERAL_TAX_TYPE = { tax_type: '부가가치세 일반과세자', tax_type_cd: '01' } as const;

export const UNREGISTERED_MESSAGE = '국세청에 등록되지 않은 사업자등록번호입니다.';
