import type { BusinessStatus } from './businessStatus.ts';
import { hasValidChecksum, withCheckDigit } from './checksum.ts';

/**
 * Numbers with a known default status, for demos, seeds and tests elsewhere in the repo. All but the
 * unregistered ones have valid checksums. The middle two digits of the suspended and closed numbers mirror
 * the NTS status code (999-02-… suspended = "02", 999-03-… closed = "03") so they are easy to recognise.
 * The values are listed in simulators/README.md; a test pins them.
 */
export const DEMO_ACTIVE_NUMBERS: readonly string[] = ['1208147521', '2208162517'];
export const DEMO_SUSPENDED_NUMBERS: readonly string[] = ['999020001', '999020002', '999020003'].map(withCheckDigit);
export const DEMO_CLOSED_NUMBERS: readonly string[] = ['999030001', '999030002', '999030003'].map(withCheckDigit);
/** Invalid checksums, so unregistered by the default rule. */
export const DEMO_UNREGISTERED_NUMBERS: readonly string[] = ['1208147520', '1234567890'];

/** One of each, for the common case. */
export const DEMO_BUSINESS_NUMBERS = {
  active: '1208147521',
  suspended: withCheckDigit('999020001'),
  closed: withCheckDigit('999030001'),
  unregistered: '1208147520',
} as const satisfies Record<string, string>;

/** end_dt (closing date) reported for closed businesses unless another date was set. */
export const DEFAULT_CLOSED_END_DATE = '20231231';

const demoStatuses = new Map<string, BusinessStatus>([
  ...DEMO_SUSPENDED_NUMBERS.map((number) => [number, 'SUSPENDED'] as const),
  ...DEMO_CLOSED_NUMBERS.map((number) => [number, 'CLOSED'] as const),
]);

/**
 * The default data rule: a demo number has its documented status; otherwise a valid checksum means ACTIVE
 * and an invalid one UNREGISTERED.
 */
export function defaultStatusOf(businessNumber: string): BusinessStatus {
  return demoStatuses.get(businessNumber) ?? (hasValidChecksum(businessNumber) ? 'ACTIVE' : 'UNREGISTERED');
}
