import { mountRecordAdmin } from '../businessRecords.ts';
import { defineSimulator } from '../simulator.ts';
import { mountErpRoutes } from './routes.ts';
import { ErpState } from './state.ts';

/**
 * An ERP (enterprise resource planning) system: customers and sales orders, OAuth2 client credentials,
 * page-number pagination and fault-object errors. See simulators/README.md for its API.
 */
export const erpSimulator = defineSimulator({
  name: 'erp',
  stateKey: 'erp',
  createState: () => new ErpState(),
  mount(router, { state }) {
    mountErpRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountRecordAdmin(router, state);
    router.post('/revoke-tokens', (_req, res) => {
      state.revokeTokens();
      res.status(204).end();
    });
  },
});

export { ErpState, ERP_DEFAULT_CLIENT } from './state.ts';
