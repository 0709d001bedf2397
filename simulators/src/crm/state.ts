import type { SimulatorState } from '../simulator.ts';
import { BusinessSystemState } from '../businessRecords.ts';

/** The API key the CRM accepts unless a scenario sets others. */
export const CRM_DEFAULT_API_KEY = 'crm_test_key';

/** Demo contacts a fresh CRM holds (made-up people, example.com addresses). */
const DEMO_CONTACTS = () => [
  { id: 'crm-c-1001', email: 'kim.minji@example.com', full_name: '김민지', phone: '010-2000-1001', lifecycle_stage: 'customer', marketing_opt_in: true },
  { id: 'crm-c-1002', email: 'lee.junho@example.com', full_name: '이준호', phone: '010-2000-1002', lifecycle_stage: 'lead', marketing_opt_in: false },
  { id: 'crm-c-1003', email: 'park.seoyeon@example.com', full_name: '박서연', phone: '010-2000-1003', lifecycle_stage: 'customer', marketing_opt_in: true },
];

/** A CRM's data: contacts (pulled by attendgate), pushed contacts and activities, and the valid API keys. */
export class CrmState extends BusinessSystemState implements SimulatorState {
  readonly apiKeys = new Set<string>([CRM_DEFAULT_API_KEY]);

  constructor() {
    super(DEMO_CONTACTS);
  }

  protected resetCredentials(): void {
    this.apiKeys.clear();
    this.apiKeys.add(CRM_DEFAULT_API_KEY);
  }
}
