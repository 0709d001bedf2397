import { mountRecordAdmin } from '../businessRecords.ts';
import { defineSimulator } from '../simulator.ts';
import { mountCrmRoutes } from './routes.ts';
import { CrmState } from './state.ts';

/**
 * A CRM (customer relationship management) system: contacts with an API key, cursor pagination and
 * Stripe-like errors. See simulators/README.md for its API.
 */
export const crmSimulator = defineSimulator({
  name: 'crm',
  stateKey: 'crm',
  createState: () => new CrmState(),
  mount(router, { state }) {
    mountCrmRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountRecordAdmin(router, state);
  },
});

export { CrmState, CRM_DEFAULT_API_KEY } from './state.ts';
