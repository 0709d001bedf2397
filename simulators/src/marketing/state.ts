import type { SimulatorState } from '../simulator.ts';
import { RecordStore, WriteLog } from '../businessRecords.ts';

export const MARKETING_DEFAULT_API_KEY = 'mkt_test_key';

const DEMO_MEMBERS = () => [
  { id: 'mbr_9001', email_address: 'yuna.kang@example.com', merge_fields: { FNAME: '유나', LNAME: '강' }, status: 'subscribed', tags: ['vip'] },
  { id: 'mbr_9002', email_address: 'jiho.yoon@example.com', merge_fields: { FNAME: '지호', LNAME: '윤' }, status: 'unsubscribed', tags: [] },
];

/** A marketing tool's data: audience members (pulled), tracked events (pushed) and its API keys (Bearer). */
export class MarketingState implements SimulatorState {
  readonly records = new RecordStore(DEMO_MEMBERS);
  readonly writes = new WriteLog();
  readonly apiKeys = new Set<string>([MARKETING_DEFAULT_API_KEY]);

  reset(): void {
    this.records.reset();
    this.writes.reset();
    this.apiKeys.clear();
    this.apiKeys.add(MARKETING_DEFAULT_API_KEY);
  }
}
