import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, pageRequest, toPage, type AuthClaims, type PageArgs } from '@attendgate/platform';
import type { Kos } from '../adapters/kos.ts';
import type { Product } from '../domain/product.ts';
import { carrierUnavailable } from './access.ts';
import { isUpstreamFailure, type FreshCache } from './freshCache.ts';
import { lineForCaller } from './lines.ts';
import type { CountedPage } from './pages.ts';
import type { CurrentProductView } from './views.ts';

export const PRODUCTS_PAGE = { defaultSize: 20, maxSize: 50 };
const CATALOGUE_KEY = 'billing:products';
const PRODUCT_CODE = /^[A-Za-z0-9_-]{1,40}$/;

export interface ProductDeps {
  kos: Kos;
  cache: FreshCache;
  /** Fresh window of the catalogue (24 h) and how long a stale copy is kept. */
  catalogueFreshMs: number;
  keepMs: number;
}

/** A product code as KOS writes them, or BAD_USER_INPUT. */
export function requireProductCode(code: string, field = 'productCode'): string {
  if (!PRODUCT_CODE.test(code)) throw AppError.badInput('A product code has 1 to 40 letters, digits, - and _.', field);
  return code;
}

/** The carrier's catalogue, cache-aside for 24 hours (seed 003: "상품정보 캐싱: 24시간 TTL"), stale while KOS is down. */
export async function catalogue(deps: ProductDeps): Promise<Product[]> {
  try {
    const answer = await deps.cache.get(CATALOGUE_KEY, { freshMs: deps.catalogueFreshMs, keepMs: deps.keepMs }, () => deps.kos.products());
    return answer?.value ?? [];
  } catch (error) {
    throw isUpstreamFailure(error) ? carrierUnavailable() : error;
  }
}

/** A page of the catalogue by code. */
export async function productPage(deps: ProductDeps, args: PageArgs & { onSaleOnly?: boolean | null }): Promise<CountedPage<Product>> {
  const page = pageRequest<[string]>(args, PRODUCTS_PAGE, 1);
  const listed = (await catalogue(deps)).filter((product) => !args.onSaleOnly || product.onSale).sort((a, b) => a.code.localeCompare(b.code));
  const rest = page.after ? listed.filter((product) => product.code.localeCompare(page.after![0]) > 0) : listed;
  return { ...toPage(rest.slice(0, page.size + 1), page, (product) => [product.code]), totalCount: listed.length };
}

export async function productByCode(deps: ProductDeps, code: string): Promise<Product | null> {
  requireProductCode(code, 'code');
  return (await catalogue(deps)).find((product) => product.code === code) ?? null;
}

/** The line's plan now, asked of KOS every time; while KOS is down the last answer, marked stale. */
export async function currentProductOf(deps: ProductDeps, em: EntityManager, caller: AuthClaims, lineId: string): Promise<CurrentProductView> {
  const line = await lineForCaller(em, caller, lineId);
  let answer;
  try {
    answer = await deps.cache.get(`billing:subscription:${line.id}`, { freshMs: 0, keepMs: deps.keepMs }, () => deps.kos.subscription(line.phoneNumber));
  } catch (error) {
    throw isUpstreamFailure(error) ? carrierUnavailable() : error;
  }
  if (!answer) throw AppError.notFound('The line at the carrier');
  const subscription = answer.value;
  const product = (await catalogue(deps)).find((candidate) => candidate.code === subscription.productCode) ?? null;
  return {
    line, productCode: subscription.productCode, product, since: subscription.productSince, lineStatus: subscription.status,
    contractEndsOn: subscription.contractEndsOn, deviceNetwork: subscription.deviceNetwork, fetchedAt: answer.fetchedAt, stale: answer.stale,
  };
}
