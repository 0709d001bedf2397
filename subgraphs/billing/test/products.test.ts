import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOS_PRODUCTS } from '@attendgate/simulators';
import { firstError, freshLineNumber, registerLine, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let customer: Actor;
let operator: Actor;
beforeAll(async () => {
  stack = await startBillingStack();
  [customer, operator] = await Promise.all([stack.actor('CUSTOMER'), stack.actor('OPERATOR')]);
});
afterAll(async () => stack?.stop());

const PRODUCTS = 'query($after: String, $onSaleOnly: Boolean) { products(first: 4, after: $after, onSaleOnly: $onSaleOnly) { totalCount nodes { code name monthlyFeeKrw dataMb voiceMinutes smsCount network onSale } pageInfo { hasNextPage endCursor } } }';
const CURRENT = 'query($lineId: ID!) { currentProduct(lineId: $lineId) { productCode product { code monthlyFeeKrw } since lineStatus contractEndsOn deviceNetwork fetchedAt stale } }';
const catalogueCalls = () => stack.simulators.requests('kos').filter((request) => request.path === '/api/v1/products').length;

describe('the product catalogue', () => {
  it('pages the carrier\'s plans by code, unlimited allowances as null, and asks KOS once for a day of answers', async () => {
    const first = (await stack.graphql({ query: PRODUCTS, token: customer.token })).body.data.products;
    const second = (await stack.graphql({ query: PRODUCTS, variables: { after: first.pageInfo.endCursor }, token: customer.token })).body.data.products;
    const third = (await stack.graphql({ query: PRODUCTS, variables: { after: second.pageInfo.endCursor }, token: customer.token })).body.data.products;
    const codes = [...first.nodes, ...second.nodes, ...third.nodes].map((product: { code: string }) => product.code);
    expect(first.totalCount).toBe(KOS_PRODUCTS.length);
    expect(codes).toEqual(KOS_PRODUCTS.map((product) => product.prodCd).sort((a, b) => a.localeCompare(b)));
    expect(third.pageInfo.hasNextPage).toBe(false);
    const unlimited = [...first.nodes, ...second.nodes, ...third.nodes].find((product: { code: string }) => product.code === 'LTE_UNLIMITED');
    expect(unlimited).toEqual({ code: 'LTE_UNLIMITED', name: 'LTE 무제한', monthlyFeeKrw: 49_500, dataMb: null, voiceMinutes: null, smsCount: null, network: 'LTE', onSale: true });
    expect(catalogueCalls()).toBe(1);
  });

  it('leaves out plans no longer sold when asked, and finds one plan by code', async () => {
    const onSale = (await stack.graphql({ query: PRODUCTS.replace('first: 4', 'first: 50'), variables: { onSaleOnly: true }, token: customer.token })).body.data.products;
    expect(onSale.nodes.every((product: { onSale: boolean }) => product.onSale)).toBe(true);
    expect(onSale.totalCount).toBe(KOS_PRODUCTS.filter((product) => product.saleStatus === 'ON_SALE').length);
    expect((await stack.graphql({ query: '{ product(code: "5G_SLIM_10G") { name network } }', token: customer.token })).body.data.product).toEqual({ name: '5G 슬림 10GB', network: 'FIVE_G' });
    expect((await stack.graphql({ query: '{ product(code: "NOPE") { name } }', token: customer.token })).body.data.product).toBeNull();
    expect(firstError(await stack.graphql({ query: '{ product(code: "no spaces please") { name } }', token: customer.token })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await stack.graphql({ query: '{ products { totalCount } }' })).code).toBe('UNAUTHENTICATED');
    expect(catalogueCalls()).toBe(1);
  });
});

describe('the current plan of a line', () => {
  it('is asked of KOS each time, and while KOS is down the last answer is shown, marked stale', async () => {
    const number = freshLineNumber();
    stack.simulators.kos.setSubscriber(number, { prodCd: '5G_SLIM_10G', deviceNetwork: '5G', contractEndDt: '20991231', svcStatus: 'ACTIVE' });
    const lineId = await registerLine(stack, operator, customer, number);
    const live = (await stack.graphql({ query: CURRENT, variables: { lineId }, token: customer.token })).body.data.currentProduct;
    expect(live).toMatchObject({ productCode: '5G_SLIM_10G', product: { code: '5G_SLIM_10G', monthlyFeeKrw: 39_000 }, lineStatus: 'ACTIVE', contractEndsOn: '2099-12-31', deviceNetwork: 'FIVE_G', stale: false });
    stack.simulators.faults.set('kos', { down: true });
    try {
      expect((await stack.graphql({ query: CURRENT, variables: { lineId }, token: customer.token })).body.data.currentProduct).toMatchObject({ productCode: '5G_SLIM_10G', stale: true, fetchedAt: live.fetchedAt });
      const unknown = await registerLineDirectly(freshLineNumber());
      expect(firstError(await stack.graphql({ query: CURRENT, variables: { lineId: unknown }, token: customer.token })).code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      stack.simulators.faults.clear('kos');
    }
  });
});

async function registerLineDirectly(number: string): Promise<string> {
  const id = crypto.randomUUID();
  await stack.sql("insert into billing.line (id, user_id, phone_number, kos_subscriber_id, registered_by, registered_at) values (?, ?, ?, 'SC0000000000', ?, now())", [id, customer.userId, number, operator.userId]);
  return id;
}
