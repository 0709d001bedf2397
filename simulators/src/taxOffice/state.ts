import type { SimulatorState } from '../simulator.ts';
import type { BusinessStatus } from './businessStatus.ts';
import { isBusinessNumberFormat } from './checksum.ts';
import { DEFAULT_CLOSED_END_DATE, defaultStatusOf } from './demoNumbers.ts';

/**
 * The tax office's data: overrides on top of the default data rule (see demoNumbers.ts). Only overrides are
 * stored, so any of the ten billion numbers answers without seeding, and reset() returns to the rule.
 */
export interface BusinessRecord {
  status: BusinessStatus;
  /** Closing date YYYYMMDD for CLOSED, otherwise "". */
  endDate: string;
}

export interface SetStatusOptions {
  /** Closing date YYYYMMDD; only meaningful for CLOSED (default DEFAULT_CLOSED_END_DATE). */
  endDate?: string;
}

export class TaxOfficeState implements SimulatorState {
  readonly #overrides = new Map<string, BusinessRecord>();

  /** Sets a business's status until reset() or clearStatus(). Throws on a malformed number or date. */
  setStatus(businessNumber: string, status: BusinessStatus, options: SetStatusOptions = {}): BusinessRecord {
    assertBusinessNumber(businessNumber);
    if (options.endDate !== undefined && !/^[0-9]{8}$/.test(options.endDate)) {
      throw new TypeError(`endDate must be YYYYMMDD, got "${options.endDate}"`);
    }
    const record = { status, endDate: status === 'CLOSED' ? (options.endDate ?? DEFAULT_CLOSED_END_DATE) : '' };
    this.#overrides.set(businessNumber, record);
    return { ...record };
  }

  /** Back to the default data rule for one number. */
  clearStatus(businessNumber: string): void {
    this.#overrides.delete(businessNumber);
  }

  lookup(businessNumber: string): BusinessRecord {
    assertBusinessNumber(businessNumber);
    const override = this.#overrides.get(businessNumber);
    if (override) return { ...override };
    const status = defaultStatusOf(businessNumber);
    return { status, endDate: status === 'CLOSED' ? DEFAULT_CLOSED_END_DATE : '' };
  }

  reset(): void {
    this.#overrides.clear();
  }
}

function assertBusinessNumber(businessNumber: string): void {
  if (!isBusinessNumberFormat(businessNumber)) throw new TypeError(`business number must be ten digits, got "${businessNumber}"`);
}
