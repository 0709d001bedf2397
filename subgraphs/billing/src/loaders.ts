import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageRequest, toPage, type PageArgs, type PageLimits } from '@attendgate/platform';
import { EventOwner, Line, Payment, type Refund } from './entities/index.ts';
import { isId } from './services/access.ts';
import { USER_LINES_PAGE } from './services/lines.ts';
import type { CountedPage } from './services/pages.ts';
import { EVENT_PAYMENTS_PAGE } from './services/payments.ts';
import { refundsOfPayments } from './services/refunds.ts';
import type { SettlementTotals } from './services/settlement.ts';

export interface BillingLoaders {
  line: DataLoader<string, Line | null>;
  payment: DataLoader<string, Payment | null>;
  eventOwner: DataLoader<string, EventOwner | null>;
  /** User.lines: one page per user, every user of the batch in one statement (plus one for the counts). */
  linesOfUser: DataLoader<{ parentId: string } & PageArgs, CountedPage<Line>, string>;
  /** Event.payments, the same way. */
  paymentsOfEvent: DataLoader<{ parentId: string } & PageArgs, CountedPage<Payment>, string>;
  refundsOfPayment: DataLoader<string, Refund[]>;
  /** A settlement report's totals, computed once per report however many total fields are asked for. */
  settlementTotals: Map<object, Promise<SettlementTotals>>;
}

function byId<T>(em: EntityManager, entity: typeof Line | typeof Payment | typeof EventOwner, key: 'id' | 'eventId') {
  return new DataLoader<string, T | null>(async (ids) => {
    const wanted = [...new Set(ids.filter(isId).map((id) => id.toLowerCase()))];
    const rows = wanted.length ? ((await em.find(entity as typeof Line, { [key]: { $in: wanted } } as never)) as unknown as Record<string, unknown>[]) : [];
    const found = new Map(rows.map((row) => [String(row[key]).toLowerCase(), row as T]));
    return ids.map((id) => found.get(id.toLowerCase()) ?? null);
  });
}

/**
 * A page of children for each parent of a batch, in one SQL statement: rows are numbered per parent in sort
 * order (`row_number() over (partition by …)`) and the first page-size-plus-one of each are kept; a second
 * statement counts each parent's children. Keys with the same page arguments are batched together.
 */
function childPages<T extends { id: string }>(
  em: EntityManager,
  spec: { entity: typeof Line | typeof Payment; table: string; parentColumn: string; timeColumn: string; timeField: string; direction: 'asc' | 'desc'; limits: PageLimits },
) {
  return new DataLoader<{ parentId: string } & PageArgs, CountedPage<T>, string>(
    async (keys) => {
      const groups = new Map<string, { args: PageArgs; parents: string[] }>();
      for (const key of keys) {
        const group = groups.get(`${key.first}:${key.after}`) ?? { args: { first: key.first, after: key.after }, parents: [] };
        if (isId(key.parentId)) group.parents.push(key.parentId.toLowerCase());
        groups.set(`${key.first}:${key.after}`, group);
      }
      const pages = new Map<string, CountedPage<T>>();
      for (const [groupKey, { args, parents }] of groups) {
        const page = pageRequest<[string, string]>(args, spec.limits, 2);
        const unique = [...new Set(parents)];
        if (!unique.length) continue;
        const compare = spec.direction === 'asc' ? '>' : '<';
        const cursor = page.after ? `and (${spec.timeColumn}, id) ${compare} (?::timestamptz, ?::uuid)` : '';
        const marks = unique.map(() => '?').join(', ');
        const [rows, counts] = await Promise.all([
          em.execute<Record<string, unknown>[]>(
            `select * from (select t.*, row_number() over (partition by ${spec.parentColumn} order by ${spec.timeColumn} ${spec.direction}, id ${spec.direction}) as position
               from ${spec.table} t where ${spec.parentColumn} in (${marks}) ${cursor}) numbered where position <= ? order by position`,
            [...unique, ...(page.after ?? []), page.size + 1],
          ),
          em.execute<{ parent: string; total: number }[]>(`select ${spec.parentColumn} as parent, count(*)::int as total from ${spec.table} where ${spec.parentColumn} in (${marks}) group by 1`, unique),
        ]);
        const children = new Map<string, T[]>(unique.map((id) => [id, []]));
        for (const row of rows) {
          const { position: _position, ...columns } = row;
          children.get(String(row[spec.parentColumn]))!.push(em.map(spec.entity as typeof Line, columns as never) as unknown as T);
        }
        const totals = new Map(counts.map((count) => [count.parent, count.total]));
        for (const [parent, list] of children) {
          pages.set(`${parent}|${groupKey}`, { ...toPage(list, page, (row) => [((row as Record<string, unknown>)[spec.timeField] as Date).toISOString(), row.id]), totalCount: totals.get(parent) ?? 0 });
        }
      }
      const empty = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      return keys.map((key) => pages.get(`${key.parentId.toLowerCase()}|${key.first}:${key.after}`) ?? empty);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${key.first}:${key.after}` },
  );
}

/** Request-scoped loaders (their cache must never outlive the request's EntityManager). */
export function createLoaders(em: EntityManager): BillingLoaders {
  return {
    line: byId<Line>(em, Line, 'id'),
    payment: byId<Payment>(em, Payment, 'id'),
    eventOwner: byId<EventOwner>(em, EventOwner, 'eventId'),
    linesOfUser: childPages<Line>(em, {
      entity: Line, table: '"billing"."line"', parentColumn: 'user_id', timeColumn: 'registered_at', timeField: 'registeredAt', direction: 'asc', limits: USER_LINES_PAGE,
    }),
    paymentsOfEvent: childPages<Payment>(em, {
      entity: Payment, table: '"billing"."payment"', parentColumn: 'event_id', timeColumn: 'requested_at', timeField: 'requestedAt', direction: 'desc', limits: EVENT_PAYMENTS_PAGE,
    }),
    refundsOfPayment: new DataLoader<string, Refund[]>(async (ids) => {
      const byPayment = await refundsOfPayments(em, ids);
      return ids.map((id) => byPayment.get(id) ?? []);
    }),
    settlementTotals: new Map(),
  };
}
