import type { SimulatorState } from '../simulator.ts';
import { BusinessSystemState } from '../businessRecords.ts';

export const MARKETING_DEFAULT_API_KEY = 'mkt_test_key';

const DEMO_MEMBERS = () => [
  { id: 'mbr_9001', email_address: 'yuna.kang@example.com', merge_fields: { FNAME: '유나', LNAME: '강' }, status: 'subscribed', tags: ['vip'] },
  { id: 'mbr_9002', email_address: 'jiho.yoon@example.com', merge_fields: { FNAME: '지호', LNAME: '윤' }, status: 'unsubscribed', tags: [] },
];

/** A marketing tool's data: audience members (pulled), tracked events (pushed) and its API keys (Bearer). */
export class MarketingState extends BusinessSystemState implements SimulatorState {
  readonly apiKeys = new Set<string>([MARKETING_DEFAULT_API_KEY]);

  constructor() {
    super(DEMO_MEMBERS);
  }

  protected resetCredentials(): void {
    this.apiKeys.clear();
    this.apiKeys.add(MARKETING_DEFAULT_API_KEY);
  }
}
