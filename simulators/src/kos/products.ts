/**
 * The carrier's product (rate plan) catalogue as KOS serves it. Fees are monthly, VAT included, in won.
 * Unlimited allowances are `-1`, as the KOS API writes them. Two plans are no longer sold (`STOPPED`):
 * existing subscribers keep them, nobody may change to them.
 */
export type NetworkType = 'LTE' | '5G';
export type SaleStatus = 'ON_SALE' | 'STOPPED';

export interface KosProduct {
  prodCd: string;
  prodNm: string;
  monthlyFee: number;
  /** Data per month in MB; -1 unlimited. */
  dataMb: number;
  /** Voice minutes per month; -1 unlimited. */
  voiceMin: number;
  smsCnt: number;
  networkType: NetworkType;
  saleStatus: SaleStatus;
}

export const KOS_PRODUCTS: readonly KosProduct[] = [
  { prodCd: 'LTE_DATA_1_5G', prodNm: 'LTE 데이터 1.5GB', monthlyFee: 9_900, dataMb: 1_536, voiceMin: 100, smsCnt: 100, networkType: 'LTE', saleStatus: 'ON_SALE' },
  { prodCd: 'LTE_DATA_7G', prodNm: 'LTE 데이터 7GB+', monthlyFee: 19_800, dataMb: 7_168, voiceMin: -1, smsCnt: -1, networkType: 'LTE', saleStatus: 'ON_SALE' },
  { prodCd: 'LTE_DATA_11G', prodNm: 'LTE 데이터 11GB+ (일 2GB)', monthlyFee: 33_000, dataMb: 11_264, voiceMin: -1, smsCnt: -1, networkType: 'LTE', saleStatus: 'ON_SALE' },
  { prodCd: 'LTE_UNLIMITED', prodNm: 'LTE 무제한', monthlyFee: 49_500, dataMb: -1, voiceMin: -1, smsCnt: -1, networkType: 'LTE', saleStatus: 'ON_SALE' },
  { prodCd: '5G_SLIM_10G', prodNm: '5G 슬림 10GB', monthlyFee: 39_000, dataMb: 10_240, voiceMin: -1, smsCnt: -1, networkType: '5G', saleStatus: 'ON_SALE' },
  { prodCd: '5G_STANDARD_150G', prodNm: '5G 스탠다드 150GB', monthlyFee: 55_000, dataMb: 153_600, voiceMin: -1, smsCnt: -1, networkType: '5G', saleStatus: 'ON_SALE' },
  { prodCd: '5G_PREMIUM_UNLIMITED', prodNm: '5G 프리미엄 무제한', monthlyFee: 75_000, dataMb: -1, voiceMin: -1, smsCnt: -1, networkType: '5G', saleStatus: 'ON_SALE' },
  { prodCd: 'LTE_SILVER_2G', prodNm: 'LTE 실버 2GB', monthlyFee: 11_000, dataMb: 2_048, voiceMin: 200, smsCnt: 100, networkType: 'LTE', saleStatus: 'STOPPED' },
  { prodCd: 'LTE_DATA_3G_2019', prodNm: 'LTE 데이터 3GB (2019)', monthlyFee: 16_500, dataMb: 3_072, voiceMin: -1, smsCnt: -1, networkType: 'LTE', saleStatus: 'STOPPED' },
];

export function productByCode(code: string): KosProduct | undefined {
  return KOS_PRODUCTS.find((product) => product.prodCd === code);
}
