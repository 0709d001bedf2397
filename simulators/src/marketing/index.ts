import { mountRecordAdmin } from '../businessRecords.ts';
import { defineSimulator } from '../simulator.ts';
import { mountMarketingRoutes } from './routes.ts';
import { MarketingState } from './state.ts';

/**
 * A marketing-automation tool: audience members and tracked events, Bearer API keys, since-token
 * pagination and `error_code` errors. See simulators/README.md for its API.
 */
export const marketingSimulator = defineSimulator({
  name: 'marketing',
  stateKey: 'marketing',
  createState: () => new MarketingState(),
  mount(router, { state }) {
    mountMarketingRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountRecordAdmin(router, state);
  },
});

export { MarketingState, MARKETING_DEFAULT_API_KEY } from './state.ts';
