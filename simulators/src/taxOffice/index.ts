import { defineSimulator } from '../simulator.ts';
import { mountTaxOfficeAdmin } from './adminRoutes.ts';
import { TaxOfficeState } from './state.ts';
import { STATUS_PATH, statusHandler } from './statusRoute.ts';

/**
 * The Korean National Tax Service business-status API (사업자등록정보 상태조회), which the services call to
 * check that a business number is registered and trading. See simulators/README.md for the data rule.
 */
export const taxOfficeSimulator = defineSimulator({
  name: 'tax-office',
  stateKey: 'taxOffice',
  createState: () => new TaxOfficeState(),
  mount(router, { state }) {
    router.post(STATUS_PATH, statusHandler(state));
  },
  mountAdmin(router, { state }) {
    mountTaxOfficeAdmin(router, state);
  },
});

export { TaxOfficeState } from './state.ts';
export type { BusinessRecord, SetStatusOptions } from './state.ts';
export { BUSINESS_STATUSES, isBusinessStatus, UNREGISTERED_MESSAGE } from './businessStatus.ts';
export type { BusinessStatus } from './businessStatus.ts';
export { hasValidChecksum, checkDigitOf, withCheckDigit, isBusinessNumberFormat } from './checksum.ts';
export {
  DEMO_ACTIVE_NUMBERS,
  DEMO_BUSINESS_NUMBERS,
  DEMO_CLOSED_NUMBERS,
  DEMO_SUSPENDED_NUMBERS,
  DEMO_UNREGISTERED_NUMBERS,
  DEFAULT_CLOSED_END_DATE,
  defaultStatusOf,
} from './demoNumbers.ts';
export type { NtsStatusItem } from './statusRecord.ts';
export { STATUS_PATH, MAX_NUMBERS_PER_REQUEST } from './statusRoute.ts';
