import { defineSimulator } from '../simulator.ts';
import { mountKosAdmin } from './adminRoutes.ts';
import { mountKosRoutes } from './routes.ts';
import { KosState } from './state.ts';

/**
 * KOS-Order, the carrier's backend an MVNO talks to: subscribers and their plans, monthly bills, the product
 * catalogue and product-change orders. See simulators/README.md for the API and the data rule.
 */
export const kosSimulator = defineSimulator({
  name: 'kos',
  stateKey: 'kos',
  createState: () => new KosState(),
  mount(router, { state }) {
    mountKosRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountKosAdmin(router, state);
  },
});

export { KosState, REJECTIONS, type ProductChangeOrder } from './state.ts';
export { KOS_PRODUCTS, productByCode, type KosProduct } from './products.ts';
export { DEMO_LINE_NUMBERS, isLineNumber, type Subscriber } from './subscribers.ts';
export { MAX_BILL_LIST_MONTHS, MAX_PRODUCT_PAGE_SIZE } from './routes.ts';
export type { KosBill } from './bills.ts';
